package dev.brigade.cli;

import dev.brigade.core.Policy;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code overwrite}, {@code skip} or {@code sync}, in any case. */
final class PolicyConverter implements ITypeConverter<Policy> {
    @Override
    public Policy convert(String value) {
        for (Policy policy : Policy.values()) {
            if (policy.id().equals(value.toLowerCase(Locale.ROOT))) {
                return policy;
            }
        }
        throw new TypeConversionException("'" + value + "' is not a policy (use overwrite, skip or sync)");
    }
}

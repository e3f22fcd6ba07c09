package dev.brigade.cli;

import dev.brigade.core.CopyOptions;
import dev.brigade.core.Sizes;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a bandwidth such as {@code 20M}, {@code 20M/s} or {@code 512KiB/s}: bytes a second, binary units. */
final class RateConverter implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
        String size = value.endsWith("/s") ? value.substring(0, value.length() - 2) : value;
        long rate;
        try {
            rate = Sizes.parse(size);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
        if (rate < CopyOptions.MIN_LIMIT) {
            throw new TypeConversionException("limit '" + value + "' is below 16K a second");
        }
        return rate;
    }
}

package dev.brigade.cli;

import dev.brigade.core.CopyOptions;
import dev.brigade.core.Sizes;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a buffer size such as {@code 256K} or {@code 4M} and keeps it within 4K..64M. */
final class BufferSizeConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
        long size;
        try {
            size = Sizes.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
        if (size < CopyOptions.MIN_BUFFER || size > CopyOptions.MAX_BUFFER) {
            throw new TypeConversionException("buffer size '" + value + "' is outside 4K..64M");
        }
        return (int) size;
    }
}

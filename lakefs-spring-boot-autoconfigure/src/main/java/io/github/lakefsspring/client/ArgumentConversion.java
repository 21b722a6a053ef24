package io.github.lakefsspring.client;

import org.jspecify.annotations.Nullable;

import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.format.support.DefaultFormattingConversionService;

/**
 * Writes the arguments of the client's HTTP interface methods as request values. lakeFS's query parameters are
 * booleans and integers besides strings: those are written as Java writes them, without a trip through the
 * general conversion service (whose converter lookup, keyed by the annotated parameter's type, costs more than the
 * rest of the argument's handling). Any other type goes to Spring's default conversions, as it would without this.
 */
final class ArgumentConversion implements ConversionService {

    private final ConversionService defaults = new DefaultFormattingConversionService();

    @Override
    public boolean canConvert(@Nullable Class<?> sourceType, Class<?> targetType) {
        return this.defaults.canConvert(sourceType, targetType);
    }

    @Override
    public boolean canConvert(@Nullable TypeDescriptor sourceType, TypeDescriptor targetType) {
        return this.defaults.canConvert(sourceType, targetType);
    }

    @Override
    public <T> @Nullable T convert(@Nullable Object source, Class<T> targetType) {
        if (targetType == String.class && isPlain(source)) {
            return targetType.cast(source.toString());
        }
        return this.defaults.convert(source, targetType);
    }

    @Override
    public @Nullable Object convert(@Nullable Object source, @Nullable TypeDescriptor sourceType,
            TypeDescriptor targetType) {
        if (targetType.getType() == String.class && isPlain(source)) {
            return source.toString();
        }
        return this.defaults.convert(source, sourceType, targetType);
    }

    private static boolean isPlain(@Nullable Object value) {
        return value instanceof Boolean || value instanceof Integer || value instanceof Long;
    }

}

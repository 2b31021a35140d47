package vn.onestop.platform.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Set;

/**
 * Refuses, while a JSON body is read, an {@link Instant}, {@link OffsetDateTime},
 * {@link ZonedDateTime}, {@link LocalDate} or {@link LocalDateTime} outside the years
 * {@link QueryParams#FIRST_YEAR} to {@link QueryParams#LAST_YEAR}, the bound query parameters
 * already have: Java reads {@code +999999999-12-31T23:59:59Z}, PostgreSQL does not store it (a 500
 * on a real record), and the working-time arithmetic would count the working days up to it. The
 * body is a 400 problem+json (type {@code validation}) naming the field, before any resource runs;
 * the keys of a map are held to the same bound.
 * An {@link Instant} is judged by its year in UTC, the others by the year they name (after Jackson
 * has adjusted them to its time zone, if it does).
 */
@Singleton
public class DateBounds implements ObjectMapperCustomizer {

    private static final Set<Class<?>> BOUNDED = Set.of(Instant.class, OffsetDateTime.class, ZonedDateTime.class,
            LocalDate.class, LocalDateTime.class);
    private static final Instant FIRST_INSTANT = LocalDate.of(QueryParams.FIRST_YEAR, 1, 1).atStartOfDay()
            .toInstant(ZoneOffset.UTC);
    private static final Instant AFTER_LAST_INSTANT = LocalDate.of(QueryParams.LAST_YEAR + 1, 1, 1).atStartOfDay()
            .toInstant(ZoneOffset.UTC);

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("onestop-date-bounds");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                          JsonDeserializer<?> deserializer) {
                return BOUNDED.contains(description.getBeanClass()) ? new Bounded(deserializer) : deserializer;
            }

            @Override
            public KeyDeserializer modifyKeyDeserializer(DeserializationConfig config, JavaType type,
                                                         KeyDeserializer deserializer) {
                return BOUNDED.contains(type.getRawClass()) ? new BoundedKey(deserializer) : deserializer;
            }
        });
        mapper.registerModule(module);
    }

    /** Whether a value read from JSON names a moment or day the platform stores; true for anything else. */
    static boolean withinYears(Object value) {
        if (value instanceof Instant instant) {
            return !instant.isBefore(FIRST_INSTANT) && instant.isBefore(AFTER_LAST_INSTANT);
        }
        if (value instanceof TemporalAccessor temporal && BOUNDED.contains(value.getClass())) {
            return QueryParams.withinYears(temporal.getLong(ChronoField.YEAR));
        }
        return true;
    }

    /** A date or date-time outside the years; its message is the rule, never the value. */
    public static final class OutOfRange extends InvalidFormatException {

        OutOfRange(JsonParser parser, Object value, Class<?> type) {
            super(parser, QueryParams.WITHIN_YEARS, value, type);
        }
    }

    /** The same for the keys of a map. */
    static final class BoundedKey extends KeyDeserializer {

        private final KeyDeserializer delegate;

        BoundedKey(KeyDeserializer delegate) {
            this.delegate = delegate;
        }

        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            Object value = delegate.deserializeKey(key, context);
            if (!withinYears(value)) {
                throw new OutOfRange(context.getParser(), value, value.getClass());
            }
            return value;
        }
    }

    /** Jackson's own deserializer of the type (formats, time zone adjustment), then the bound. */
    static final class Bounded extends DelegatingDeserializer {

        Bounded(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Bounded(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return checked(super.deserialize(parser, context), parser);
        }

        @Override
        public Object deserializeWithType(JsonParser parser, DeserializationContext context,
                                          TypeDeserializer typeDeserializer) throws IOException {
            return checked(super.deserializeWithType(parser, context, typeDeserializer), parser);
        }

        private Object checked(Object value, JsonParser parser) throws OutOfRange {
            if (!withinYears(value)) {
                throw new OutOfRange(parser, value, handledType());
            }
            return value;
        }
    }
}

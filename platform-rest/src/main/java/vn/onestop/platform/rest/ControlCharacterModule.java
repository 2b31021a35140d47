package vn.onestop.platform.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Refuses control characters in every JSON string the services read (values, also inside
 * free-form maps such as {@code resultData}, and object keys), except tab and line breaks
 * ({@link ControlCharacters#inText}), and unpaired surrogates ({@link ControlCharacters#unpairedSurrogate}):
 * the body is a 400 problem+json naming the field. PostgreSQL refuses both in a jsonb value.
 * Jackson reads the keys of objects nested in a free-form value ({@code Object}, as in
 * {@code Map<String, Object>}) without any key deserializer, so those are checked once the value
 * is read, naming the value that holds them.
 */
@Singleton
public class ControlCharacterModule implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("onestop-control-characters");
        module.addDeserializer(String.class, new Strings());
        module.addKeyDeserializer(String.class, new Keys());
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                          JsonDeserializer<?> deserializer) {
                return description.getBeanClass() == Object.class ? new FreeForm(deserializer) : deserializer;
            }
        });
        mapper.registerModule(module);
    }

    static String checked(String value, DeserializationContext context) throws IOException {
        return checked(value, context, "");
    }

    /** {@code what} says which text it is when it is not the value at the path ("has a key that "). */
    private static String checked(String value, DeserializationContext context, String what) throws IOException {
        int at = ControlCharacters.inText(value);
        if (at >= 0) {
            throw new Refused(context.getParser(), "control-character", "Control character in the request",
                    what + "contains the control character " + ControlCharacters.describe(value, at));
        }
        at = ControlCharacters.unpairedSurrogate(value);
        if (at >= 0) {
            throw new Refused(context.getParser(), "unpaired-surrogate", "Unpaired surrogate in the request",
                    what + "contains the unpaired surrogate " + ControlCharacters.describe(value, at)
                            + ", which is half of a character");
        }
        return value;
    }

    /**
     * A JSON string with a control character or an unpaired surrogate; its message names the
     * character, never echoes the text. {@code slug} and {@code title} are those of its problem type.
     */
    public static final class Refused extends InvalidFormatException {

        private final String slug;
        private final String title;

        Refused(JsonParser parser, String slug, String title, String message) {
            super(parser, message, null, String.class);
            this.slug = slug;
            this.title = title;
        }

        public String slug() {
            return slug;
        }

        public String title() {
            return title;
        }
    }

    static final class Strings extends JsonDeserializer<String> {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return checked(StringDeserializer.instance.deserialize(parser, context), context);
        }
    }

    /** A free-form value (Jackson's own reading), then the keys of the objects nested in it. */
    static final class FreeForm extends DelegatingDeserializer {

        FreeForm(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new FreeForm(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            checkKeys(value, context);
            return value;
        }

        private static void checkKeys(Object value, DeserializationContext context) throws IOException {
            if (value instanceof Map<?, ?> map) {
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    if (entry.getKey() instanceof String key) {
                        checked(key, context, "has a key that ");
                    }
                    checkKeys(entry.getValue(), context);
                }
            } else if (value instanceof List<?> list) {
                for (Object element : list) {
                    checkKeys(element, context);
                }
            }
        }
    }

    static final class Keys extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            return checked(key, context);
        }
    }
}

package vn.onestop.platform.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Refuses control characters in every JSON string the services read (values, also inside
 * free-form maps such as {@code resultData}, and object keys), except tab and line breaks
 * ({@link ControlCharacters#inText}): the body is a 400 problem+json naming the field.
 */
@Singleton
public class ControlCharacterModule implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("onestop-control-characters");
        module.addDeserializer(String.class, new Strings());
        module.addKeyDeserializer(String.class, new Keys());
        mapper.registerModule(module);
    }

    static String checked(String value, DeserializationContext context) throws IOException {
        int at = ControlCharacters.inText(value);
        if (at >= 0) {
            throw new Refused(context.getParser(), "contains the control character "
                    + ControlCharacters.describe(value, at));
        }
        return value;
    }

    /** A JSON string with a control character; its message names the character, never echoes the text. */
    public static final class Refused extends InvalidFormatException {

        Refused(JsonParser parser, String message) {
            super(parser, message, null, String.class);
        }
    }

    static final class Strings extends JsonDeserializer<String> {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return checked(StringDeserializer.instance.deserialize(parser, context), context);
        }
    }

    static final class Keys extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            return checked(key, context);
        }
    }
}

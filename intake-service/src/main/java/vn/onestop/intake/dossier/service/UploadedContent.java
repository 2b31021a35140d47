package vn.onestop.intake.dossier.service;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import vn.onestop.platform.rest.UploadTooLarge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The bytes of one uploaded component, decoded from base64 while the request body is read and held
 * once: never the base64 text as a string, never decoded twice. Reading stops, and the request is
 * refused with 413 {@code upload-too-large}, as soon as the component passes
 * {@link UploadLimits#COMPONENT_BYTES} or the request's uploads together pass
 * {@link UploadLimits#REQUEST_BYTES}; the catalog's own, smaller, limit of each component is then
 * checked against the decoded length (the completeness guidance).
 */
public final class UploadedContent {

    private final byte[] bytes;
    private String sha256;

    public UploadedContent(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * How the content takes part in a request's fingerprint (the Idempotency-Key check): its
     * SHA-256, never the bytes again.
     */
    @JsonValue
    public String fingerprint() {
        if (sha256 == null) {
            try {
                sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return "sha256:" + sha256;
    }

    public byte[] bytes() {
        return bytes;
    }

    public int size() {
        return bytes.length;
    }

    /**
     * Decodes a JSON string of standard base64 (padding optional, white space ignored) straight from
     * the parser's input into one growing buffer, counting against the request's budget.
     */
    public static final class Base64Reader extends JsonDeserializer<UploadedContent> {

        private static final Base64Variant BASE64 = Base64Variants.MIME_NO_LINEFEEDS
                .withReadPadding(Base64Variant.PaddingReadBehaviour.PADDING_ALLOWED);

        @Override
        public UploadedContent deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw MismatchedInputException.from(parser, UploadedContent.class, "must be a base64 string");
            }
            UploadLimits.Budget budget = UploadLimits.Budget.of(context);
            BoundedBuffer out = new BoundedBuffer(budget);
            try {
                parser.readBinaryValue(BASE64, out);
            } catch (Stop stop) {
                throw new UploadTooLarge(parser, out.refusal, UploadedContent.class);
            } catch (JsonParseException | IllegalArgumentException e) {
                // Jackson reports a character outside the alphabet as an IllegalArgumentException
                throw InvalidFormatException.from(parser, "is not valid base64", null, UploadedContent.class);
            }
            return new UploadedContent(out.toByteArray());
        }
    }

    /**
     * Collects decoded bytes up to the component's and the request's limit; past it, it keeps the
     * reason and stops the parser with an I/O error (the decoder's own exceptions would hide it).
     */
    private static final class BoundedBuffer extends ByteArrayOutputStream {
        private final UploadLimits.Budget budget;
        private String refusal;

        BoundedBuffer(UploadLimits.Budget budget) {
            super(8192);
            this.budget = budget;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (refusal == null) {
                refusal = budget.take(count, len);
            }
            if (refusal != null) {
                throw new Stop();
            }
            super.write(b, off, len);
        }
    }

    /** Thrown out of the decoder when a limit is passed; turned into {@link UploadTooLarge}. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }
}

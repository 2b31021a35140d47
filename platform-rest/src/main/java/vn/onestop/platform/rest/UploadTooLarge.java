package vn.onestop.platform.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * An upload past a limit, found while the body is read: answered 413 {@code upload-too-large}
 * naming the field and the limit, and nothing of the request is kept. A JSON input failure so
 * that reading stops where it is, the path of the field travels with it, and the JSON reader hands
 * it to {@link ProblemMappers} as it is (other mapping failures it turns into a bare 400).
 */
public final class UploadTooLarge extends MismatchedInputException {

    public UploadTooLarge(JsonParser parser, String message, Class<?> target) {
        super(parser, message, target);
    }
}

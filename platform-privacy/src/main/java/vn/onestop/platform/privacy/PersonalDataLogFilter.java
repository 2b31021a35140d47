package vn.onestop.platform.privacy;

import io.quarkus.logging.LoggingFilter;
import org.jboss.logmanager.ExtLogRecord;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Masks personal data ({@link PersonalData}) in every log record a handler writes, message and
 * exception messages alike; it never drops a record. Each service turns it on for its handlers
 * with {@code quarkus.log.console.filter=personal-data}.
 */
@LoggingFilter(name = "personal-data")
public final class PersonalDataLogFilter implements Filter {

    private static final int MAX_CAUSES = 16;

    @Override
    public boolean isLoggable(LogRecord record) {
        if (record instanceof ExtLogRecord ext) {
            String message = ext.getFormattedMessage();
            String masked = PersonalData.mask(message);
            if (masked != null && !masked.equals(message)) {
                ext.setMessage(masked, ExtLogRecord.FormatStyle.NO_FORMAT);
                ext.setParameters(null);
            }
        } else if (record.getParameters() == null || record.getParameters().length == 0) {
            record.setMessage(PersonalData.mask(record.getMessage()));
        }
        if (record.getThrown() != null && !(record.getThrown() instanceof MaskedThrowable)) {
            record.setThrown(MaskedThrowable.of(record.getThrown(), MAX_CAUSES));
        }
        return true;
    }

    /**
     * A throwable as the log prints it (class name, message, stack, causes), with the messages
     * masked. Only logs see it: the original still propagates wherever it was thrown.
     */
    static final class MaskedThrowable extends Throwable {

        private final String originalClass;

        private MaskedThrowable(Throwable original, MaskedThrowable cause) {
            super(PersonalData.mask(original.getMessage()), cause, false, true);
            this.originalClass = original.getClass().getName();
            setStackTrace(original.getStackTrace());
        }

        static MaskedThrowable of(Throwable original, int depth) {
            Throwable cause = original.getCause();
            MaskedThrowable maskedCause = cause == null || cause == original || depth <= 0 ? null : of(cause, depth - 1);
            return new MaskedThrowable(original, maskedCause);
        }

        @Override
        public String toString() {
            String message = getMessage();
            return message == null ? originalClass : originalClass + ": " + message;
        }
    }
}

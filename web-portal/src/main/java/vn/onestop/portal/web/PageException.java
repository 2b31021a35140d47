package vn.onestop.portal.web;

/** A page that cannot be shown: its HTTP status, rendered by {@link ErrorPages} without any detail. */
public class PageException extends RuntimeException {

    private final int status;

    public PageException(int status, String reason) {
        super(reason, null, false, false);
        this.status = status;
    }

    public PageException(int status, String reason, Throwable cause) {
        super(reason, cause, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}

package vn.onestop.platform.documents;

import java.util.Objects;

/**
 * The document information a reader shows and a records system indexes: the title (the form's name
 * and the number or code it is about), the subject (that number or code alone) and the creator
 * (the service that printed it).
 */
public record FormInfo(String title, String subject, String creator) {

    public FormInfo {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(creator, "creator");
    }
}

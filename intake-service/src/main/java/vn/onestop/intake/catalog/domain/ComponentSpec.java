package vn.onestop.intake.catalog.domain;

import java.util.List;
import java.util.Locale;

/**
 * One item of a procedure's published list of dossier components. Codes are a vocabulary shared by
 * the whole catalog: the same code in two procedures means the same document, which is how a bundle
 * asks for it once and how a chain says which component an upstream result provides.
 */
public record ComponentSpec(String code, String name, String nameEn, boolean required, List<String> formats,
                            long maxSizeBytes) {

    public ComponentSpec {
        formats = List.copyOf(formats);
    }

    /** Whether a file of this media type (parameters such as {@code ;charset} ignored) is accepted. */
    public boolean acceptsFormat(String mediaType) {
        if (mediaType == null) {
            return false;
        }
        String bare = mediaType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return formats.contains(bare);
    }

    public boolean acceptsSize(long sizeBytes) {
        return sizeBytes >= 0 && sizeBytes <= maxSizeBytes;
    }
}

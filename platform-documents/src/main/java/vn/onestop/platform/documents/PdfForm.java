package vn.onestop.platform.documents;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Renders one printed form as an A4 PDF: opens the document, embeds the fonts, sets the document
 * information and hands a fresh {@link PdfWriter} to the form's content, which writes only what is
 * its own. Immutable and safe to share between threads: each rendering has its own document.
 */
public final class PdfForm {

    /** The forms are Vietnamese: readers pick the text-to-speech voice and hyphenation from this. */
    static final String LANGUAGE = "vi-VN";

    private final Fonts fonts;

    /** With DejaVu Sans, shipped with this module. */
    public PdfForm() {
        this(Fonts.dejaVuSans());
    }

    public PdfForm(Fonts fonts) {
        this.fonts = Objects.requireNonNull(fonts, "fonts");
    }

    public byte[] render(FormInfo info, Consumer<PdfWriter> content) {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation documentInfo = document.getDocumentInformation();
            documentInfo.setTitle(info.title());
            documentInfo.setSubject(info.subject());
            documentInfo.setCreator(info.creator());
            document.getDocumentCatalog().setLanguage(LANGUAGE);
            PdfWriter writer = new PdfWriter(document, fonts.load(document, Weight.REGULAR),
                    fonts.load(document, Weight.BOLD));
            try {
                content.accept(writer);
            } finally {
                writer.close();
            }
            // PDFBox would derive the file identifier from the clock; from the document's information
            // instead, the same data draws the same bytes, so a copy can be checked by its SHA-256
            document.getDocument().getTrailer().setItem(COSName.ID, fileIdentifier(info));
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + info.title(), e);
        }
    }

    private static COSArray fileIdentifier(FormInfo info) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.join("\n", String.valueOf(info.title()),
                    String.valueOf(info.subject()), String.valueOf(info.creator())).getBytes(StandardCharsets.UTF_8));
            COSString id = new COSString(Arrays.copyOf(digest, 16));
            COSArray ids = new COSArray();
            ids.add(id);
            ids.add(id);
            return ids;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-256", e);
        }
    }
}

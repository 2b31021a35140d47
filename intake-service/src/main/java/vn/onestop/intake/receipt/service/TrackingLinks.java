package vn.onestop.intake.receipt.service;

import vn.onestop.intake.config.ReceiptConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The public link where an applicant follows a dossier (printed as a QR code, sent in messages). */
@ApplicationScoped
public class TrackingLinks {

    private final String base;

    TrackingLinks(ReceiptConfig config) {
        String configured = config.trackingBaseUrl();
        this.base = configured.endsWith("/") || configured.endsWith("=") ? configured : configured + "/";
    }

    public String of(String dossierCode) {
        return base + URLEncoder.encode(dossierCode, StandardCharsets.UTF_8);
    }
}

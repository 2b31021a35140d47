package vn.onestop.portal.api;

import java.time.OffsetDateTime;
import java.util.List;

/** intake's list of dossiers, as the caller may see them (a citizen: their own). */
public final class MyDossiers {

    private MyDossiers() {
    }

    public record Page(List<Dossier> items, String nextCursor) {
    }

    public record Dossier(String code, String procedureId, String kind, String status, String channel,
                          OffsetDateTime receivedAt, OffsetDateTime dueAt) {
    }
}

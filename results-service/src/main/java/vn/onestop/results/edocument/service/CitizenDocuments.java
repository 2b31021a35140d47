package vn.onestop.results.edocument.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.onestop.platform.rest.Actor;
import vn.onestop.platform.rest.Caller;
import vn.onestop.platform.rest.KeysetCursor;
import vn.onestop.platform.rest.Page;
import vn.onestop.results.result.domain.Result;
import vn.onestop.results.result.domain.ResultAccess;
import vn.onestop.results.result.domain.ResultKind;
import vn.onestop.results.result.service.ResultLinks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The citizen e-document store: every result issued to an owner (by personal id number or
 * enterprise code), newest first. The results themselves are the store: nothing is copied, so a
 * revocation shows at once.
 */
@ApplicationScoped
public class CitizenDocuments {

    private final ResultLinks links;

    CitizenDocuments(ResultLinks links) {
        this.links = links;
    }

    /**
     * Newest first, keyset-paginated on (issuedAt desc, id desc). A 403, not a 404, for another
     * citizen: the id number is theirs to know, and an e-document store always exists (maybe empty).
     */
    @Transactional
    public Page<CitizenDocument> of(String ownerIdNumber, ResultKind kind, String cursor, int limit, Actor actor) {
        if (!ResultAccess.mayListDocuments(actor, ownerIdNumber)) {
            throw Caller.forbidden("only your own documents: a citizen sees the e-document store of their own id number");
        }
        StringBuilder where = new StringBuilder("ownerIdNumber = :owner");
        Map<String, Object> params = new HashMap<>();
        params.put("owner", ownerIdNumber);
        if (kind != null) {
            where.append(" and kind = :kind");
            params.put("kind", kind);
        }
        if (cursor != null) {
            KeysetCursor after = KeysetCursor.decode(cursor, 2);
            where.append(" and (issuedAt < :afterAt or (issuedAt = :afterAt and id < :afterId))");
            params.put("afterAt", after.offsetDateTime(0));
            params.put("afterId", after.uuid(1));
        }
        List<Result> rows = Result.<Result>find(where + " order by issuedAt desc, id desc", params)
                .page(0, limit + 1).list();
        return Page.ofOneMore(rows, limit, r -> CitizenDocument.of(r, links),
                last -> KeysetCursor.encode(last.issuedAt, last.id));
    }
}

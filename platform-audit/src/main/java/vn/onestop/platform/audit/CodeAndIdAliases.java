package vn.onestop.platform.audit;

import jakarta.persistence.EntityManager;

import java.util.Set;
import java.util.TreeSet;

/**
 * Aliases of a record known by an id (a UUID, what events name) and a code (what paths name), both
 * columns of one table of the service: asked about either, the trail answers with the other too.
 */
public abstract class CodeAndIdAliases implements AuditAliases {

    private final EntityManager entityManager;
    private final String byId;
    private final String byCode;

    /** Table and column names are the service's own constants, never input. */
    protected CodeAndIdAliases(EntityManager entityManager, String table, String idColumn, String codeColumn) {
        this.entityManager = entityManager;
        this.byId = "select " + codeColumn + " from " + table + " where " + idColumn + " = ?1 and " + codeColumn
                + " is not null";
        this.byCode = "select cast(" + idColumn + " as text) from " + table + " where " + codeColumn + " = ?1";
    }

    @Override
    public Set<String> of(String subject) {
        Object id = AuditIds.uuid(subject);
        Set<String> names = new TreeSet<>();
        for (Object name : entityManager.createNativeQuery(id != null ? byId : byCode)
                .setParameter(1, id != null ? id : subject).getResultList()) {
            names.add(name.toString());
        }
        return names;
    }
}

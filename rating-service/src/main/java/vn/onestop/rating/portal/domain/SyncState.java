package vn.onestop.rating.portal.domain;

/**
 * Where one dossier stands with the national portal (the reconciliation view):
 * <ul>
 *   <li>{@link #MISSING}: rating knows the dossier but no status change of it was queued;</li>
 *   <li>{@link #PENDING}: a change waits to be pushed (not failed yet);</li>
 *   <li>{@link #FAILING}: the push of a change failed and is being retried (see the last error);</li>
 *   <li>{@link #FAILED}: the portal refused the latest change for good (a 4xx other than 408/425/429);</li>
 *   <li>{@link #SYNCED}: every queued change reached the portal.</li>
 * </ul>
 */
public enum SyncState {
    MISSING, PENDING, FAILING, FAILED, SYNCED
}

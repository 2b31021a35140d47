package vn.onestop.platform.audit;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.RequestScoped;

/**
 * The record a call is about, when its path does not say it: an operation on a task names the
 * task's dossier here, so that the auditor finds it among the dossier's entries. Without it, the
 * call's path parameter ({@code code}, {@code dossierId}, {@code id}, {@code agency}) is the subject.
 */
@RequestScoped
@Unremovable // looked up by AuditedCalls in services whose resources never name a subject
public class AuditSubject {

    private String subject;

    public void is(String subject) {
        this.subject = subject;
    }

    String get() {
        return subject;
    }
}

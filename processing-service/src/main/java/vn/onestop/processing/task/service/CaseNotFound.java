package vn.onestop.processing.task.service;

import java.util.UUID;

public class CaseNotFound extends RuntimeException {
    public CaseNotFound(UUID id) {
        super("no case for dossier " + id);
    }
}

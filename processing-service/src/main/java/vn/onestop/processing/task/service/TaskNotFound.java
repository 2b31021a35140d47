package vn.onestop.processing.task.service;

import java.util.UUID;

public class TaskNotFound extends RuntimeException {
    public TaskNotFound(UUID id) {
        super("no task " + id);
    }
}

package vn.onestop.processing.task.domain;

import vn.onestop.platform.rest.Actor;
import vn.onestop.platform.rest.Roles;

/** A task belongs to its agency: its officers and partner system work it, its leaders see it. */
public final class TaskAccess {

    private TaskAccess() {
    }

    public static boolean mayRead(Actor actor, Task task) {
        return actor.hasAny(Roles.OFFICER, Roles.PARTNER_SYSTEM, Roles.LEADER) && actor.actsFor(task.agency);
    }

    public static boolean mayWork(Actor actor, Task task) {
        return actor.hasAny(Roles.OFFICER, Roles.PARTNER_SYSTEM) && actor.actsFor(task.agency);
    }
}

package vn.onestop.processing.task.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.onestop.platform.rest.Actor;

import java.util.Arrays;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A task belongs to its agency: its officers and partner system work it, its leaders only see it. */
class TaskAccessTest {

    static Task taskOf(String agency) {
        Task task = new Task();
        task.agency = agency;
        task.status = Task.Status.OPEN;
        return task;
    }

    @ParameterizedTest(name = "{0} of {1} on a task of {2}: read {3}, work {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # roles (+)             | caller's agency | task's agency | read  | work
            officer                 | 000.00.05.H22   | 000.00.05.H22 | true  | true
            partner-system          | 000.00.05.H22   | 000.00.05.H22 | true  | true
            leader                  | 000.00.05.H22   | 000.00.05.H22 | true  | false
            leader+officer          | 000.00.05.H22   | 000.00.05.H22 | true  | true
            # another agency's task: nothing, whatever the role
            officer                 | 000.00.04.H22   | 000.00.05.H22 | false | false
            partner-system          | 000.00.04.H22   | 000.00.05.H22 | false | false
            leader                  | 000.00.04.H22   | 000.00.05.H22 | false | false
            leader+officer          | 000.00.04.H22   | 000.00.05.H22 | false | false
            # roles without tasks, even of the right agency
            centre-staff            | 000.00.05.H22   | 000.00.05.H22 | false | false
            admin                   | 000.00.05.H22   | 000.00.05.H22 | false | false
            operator                | 000.00.05.H22   | 000.00.05.H22 | false | false
            auditor                 | 000.00.05.H22   | 000.00.05.H22 | false | false
            citizen                 | 000.00.05.H22   | 000.00.05.H22 | false | false
            # agency codes are matched exactly; no agency matches nothing, not even a task without one
            officer                 | 000.00.05.h22   | 000.00.05.H22 | false | false
            officer                 | 000.00.05       | 000.00.05.H22 | false | false
            officer                 | -               | 000.00.05.H22 | false | false
            officer                 | -               | -             | false | false
            partner-system          | 000.00.05.H22   | -             | false | false
            """)
    void access(String roles, String agency, String taskAgency, boolean read, boolean work) {
        Actor actor = new Actor("someone", Set.copyOf(Arrays.asList(roles.split("\\+"))), agency, null);
        Task task = taskOf(taskAgency);

        assertThat(TaskAccess.mayRead(actor, task)).as("read").isEqualTo(read);
        assertThat(TaskAccess.mayWork(actor, task)).as("work").isEqualTo(work);
    }
}

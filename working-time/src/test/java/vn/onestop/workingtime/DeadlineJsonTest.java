package vn.onestop.workingtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.onestop.workingtime.Vn.at;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class DeadlineJsonTest {

    private static final WorkCalendar VN = WorkCalendars.vietnamDefault();

    @Test
    void theExplanationAsJson() throws Exception {
        Deadline deadline = Deadline.compute(VN, at("2026-01-03T10:00"), TimeLimit.workingHours(1))
                .pause(VN, PauseReason.SUPPLEMENT, at("2026-01-05T07:00"), at("2026-01-05T07:30"));

        String json = DeadlineJson.write(deadline);

        ObjectMapper plain = new ObjectMapper();
        assertThat(plain.readTree(json)).isEqualTo(plain.readTree("""
                {
                  "calendar": "default",
                  "zone": "Asia/Ho_Chi_Minh",
                  "limit": {"value": 1, "unit": "WORKING_HOURS"},
                  "receivedAt": "2026-01-03T10:00:00+07:00",
                  "clockStart": "2026-01-05T07:00:00+07:00",
                  "clockStartReason": "DAY_OFF",
                  "due": "2026-01-05T08:30:00+07:00",
                  "steps": [
                    {"kind": "SKIPPED_DAY", "date": "2026-01-03", "reason": "weekend"},
                    {"kind": "SKIPPED_DAY", "date": "2026-01-04", "reason": "weekend"},
                    {"kind": "WORKING_PERIOD", "date": "2026-01-05", "from": "07:00:00", "to": "08:00:00", "duration": "PT1H"},
                    {"kind": "PAUSE", "reason": "SUPPLEMENT", "duration": "PT30M",
                     "pausedFrom": "2026-01-05T07:00:00+07:00", "resumedAt": "2026-01-05T07:30:00+07:00",
                     "oldDue": "2026-01-05T08:00:00+07:00", "newDue": "2026-01-05T08:30:00+07:00"},
                    {"kind": "WORKING_PERIOD", "date": "2026-01-05", "from": "08:00:00", "to": "08:30:00", "duration": "PT30M"}
                  ],
                  "pauses": [
                    {"reason": "SUPPLEMENT", "pausedFrom": "2026-01-05T07:00:00+07:00", "resumedAt": "2026-01-05T07:30:00+07:00",
                     "pausedWorkingTime": "PT30M", "oldDue": "2026-01-05T08:00:00+07:00", "newDue": "2026-01-05T08:30:00+07:00"}
                  ]
                }
                """));
    }

    @Test
    void readsBackAnEqualValue() {
        Deadline deadline = Deadline.compute(VN, at("2026-02-12T09:00"), TimeLimit.workingDays(3))
                .pause(VN, PauseReason.PAYMENT, at("2026-02-13T10:00"), at("2026-02-23T08:00"));

        assertThat(DeadlineJson.read(DeadlineJson.write(deadline))).isEqualTo(deadline);
    }

    @Test
    void anotherMapperCanBeConfiguredTheSameWay() throws Exception {
        Deadline deadline = Deadline.compute(VN, at("2026-03-10T09:00"), TimeLimit.sameDay());
        ObjectMapper mapper = DeadlineJson.configure(new ObjectMapper());

        assertThat(mapper.readTree(mapper.writeValueAsString(deadline)))
                .isEqualTo(mapper.readTree(DeadlineJson.write(deadline)));
        assertThat(mapper.readValue(DeadlineJson.write(deadline), Deadline.class)).isEqualTo(deadline);
    }

    @Test
    void garbageIsRejected() {
        assertThatThrownBy(() -> DeadlineJson.read("{\"due\": 1"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

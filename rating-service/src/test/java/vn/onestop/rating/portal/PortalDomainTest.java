package vn.onestop.rating.portal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.onestop.rating.portal.domain.PortalPayload;
import vn.onestop.platform.messaging.RetryPolicy;
import vn.onestop.rating.projection.domain.DossierFact;
import vn.onestop.rating.projection.domain.ResultFact;
import vn.onestop.rating.reference.domain.ProcedureRef;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PortalDomainTest {

    @ParameterizedTest(name = "after attempt {0}: {1}")
    @CsvSource({"1, PT30S", "2, PT1M", "3, PT2M", "4, PT4M", "7, PT32M", "8, PT1H", "30, PT1H"})
    void exponential_backoff_capped(int attempt, Duration delay) {
        assertThat(new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1)).delayAfter(attempt)).isEqualTo(delay);
    }

    @ParameterizedTest(name = "HTTP {0} retryable: {1}")
    @CsvSource({"500, true", "502, true", "503, true", "504, true", "408, true", "425, true", "429, true",
            "400, false", "401, false", "403, false", "404, false", "422, false"})
    void which_answers_are_retried(int status, boolean retryable) {
        assertThat(RetryPolicy.retryable(status)).isEqualTo(retryable);
    }

    @Test
    void payload_in_the_portals_shape() {
        DossierFact f = new DossierFact(UUID.randomUUID());
        f.code = "002.01.20.H22-261126-0001";
        f.procedureId = "P1";
        f.applicantName = "Phạm Thị Dung";
        f.applicantType = "CITIZEN";
        f.applicantIdNumber = "096185000321";
        f.channel = "COUNTER";
        f.receivingAgency = "002.01.20.H22";
        f.competentAgency = "000.01.20.H22";
        f.receivedAt = OffsetDateTime.parse("2026-11-26T02:00:00Z");
        f.dueAt = OffsetDateTime.parse("2026-11-26T10:00:00Z");
        f.decidedAt = OffsetDateTime.parse("2026-11-26T08:30:15Z");
        f.decision = "APPROVED";
        f.supplementRounds = 1;
        f.results = List.of(new ResultFact(UUID.randomUUID(), "000001/2026/GCN-000.01.20.H22", "CERTIFICATE",
                "000.01.20.H22", OffsetDateTime.parse("2026-11-26T08:31:00Z")));
        Map<String, Object> body = PortalPayload.of(f,
                id -> Optional.of(new ProcedureRef("P1", "1.001193", "Đăng ký khai sinh", "Birth registration")),
                DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss"), ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(body).containsEntry("MaHoSo", "002.01.20.H22-261126-0001")
                .containsEntry("MaTTHC", "1.001193")
                .containsEntry("ChuHoSo", "Phạm Thị Dung")
                .containsEntry("LoaiDoiTuong", 1)
                .containsEntry("KenhThucHien", 1)
                .containsEntry("DonViXuLy", "000.01.20.H22")
                .containsEntry("NgayTiepNhan", "26/11/2026 09:00:00")
                .containsEntry("NgayHenTra", "26/11/2026 17:00:00")
                .containsEntry("NgayKetThucXuLy", "26/11/2026 15:30:15")
                .containsEntry("NgayTra", null)
                .containsEntry("TrangThaiHoSo", 9)
                .containsEntry("SoLanBoSung", 1);
        assertThat(body.get("DanhSachGiayToKetQua")).asList().hasSize(1);
        assertThat(body.keySet()).first().isEqualTo("MaHoSo");
    }

    @Test
    void a_procedure_without_national_code_is_sent_with_its_catalog_id() {
        DossierFact f = new DossierFact(UUID.randomUUID());
        f.procedureId = "P3";
        Map<String, Object> body = PortalPayload.of(f, id -> Optional.of(new ProcedureRef("P3", null, "BHYT", null)),
                DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss"), ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(body).containsEntry("MaTTHC", "P3").containsEntry("TrangThaiHoSo", 2);
    }
}

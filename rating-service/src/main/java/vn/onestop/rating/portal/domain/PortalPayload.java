package vn.onestop.rating.portal.domain;

import vn.onestop.rating.projection.domain.DossierFact;
import vn.onestop.rating.projection.domain.ResultFact;
import vn.onestop.rating.reference.domain.ProcedureRef;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The body pushed to the National Public Service Portal for one state of a dossier (BRIEF §8: code,
 * procedure code, applicant, received/due/finished dates, status code, handling agency, supplement
 * rounds, result documents). Field names follow the portal's DongBoHoSoMC as seen in OpenCPS
 * (research.md A6); *verify* them, the date format and the code lists against the portal's current
 * specification before going live.
 */
public final class PortalPayload {

    private PortalPayload() {
    }

    public static Map<String, Object> of(DossierFact fact, Function<String, Optional<ProcedureRef>> procedures,
                                         DateTimeFormatter format, ZoneId zone) {
        Map<String, Object> body = new LinkedHashMap<>();
        Optional<ProcedureRef> procedure = fact.procedureId == null ? Optional.empty() : procedures.apply(fact.procedureId);
        body.put("MaHoSo", fact.code);
        body.put("MaTTHC", procedure.map(ProcedureRef::nationalCode).orElse(fact.procedureId));
        body.put("TenTTHC", procedure.map(ProcedureRef::name).orElse(null));
        body.put("ChuHoSo", fact.applicantName);
        body.put("LoaiDoiTuong", applicantType(fact.applicantType));
        body.put("MaDoiTuong", fact.applicantIdNumber);
        body.put("KenhThucHien", channel(fact.channel));
        body.put("DonViTiepNhan", fact.receivingAgency);
        body.put("DonViXuLy", fact.competentAgency);
        body.put("NgayTiepNhan", date(fact.receivedAt, format, zone));
        body.put("NgayHenTra", date(fact.dueAt, format, zone));
        body.put("NgayHenTraMoi", date(fact.rescheduledDueAt, format, zone));
        body.put("NgayKetThucXuLy", date(fact.endedAt(), format, zone));
        body.put("NgayTra", date(fact.resultReturnedAt, format, zone));
        body.put("TrangThaiHoSo", fact.status().nationalCode());
        body.put("KetQuaXuLy", fact.decision);
        body.put("SoLanBoSung", fact.supplementRounds);
        List<Map<String, Object>> results = new ArrayList<>();
        for (ResultFact r : fact.results) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("SoKyHieu", r.number());
            doc.put("LoaiKetQua", r.kind());
            doc.put("CoQuanBanHanh", r.issuer());
            doc.put("NgayBanHanh", date(r.issuedAt(), format, zone));
            results.add(doc);
        }
        body.put("DanhSachGiayToKetQua", results);
        return body;
    }

    /** 1 citizen, 2 business, 3 organisation (*verify*: OpenCPS sends 1 and 2 only). */
    static Integer applicantType(String type) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "CITIZEN" -> 1;
            case "BUSINESS" -> 2;
            case "ORGANISATION" -> 3;
            default -> null;
        };
    }

    /** 1 counter, 2 online, 3 public postal service (research.md A4, provincial system [C1]). */
    static Integer channel(String channel) {
        if (channel == null) {
            return null;
        }
        return switch (channel) {
            case "COUNTER" -> 1;
            case "ONLINE" -> 2;
            case "POSTAL" -> 3;
            default -> null;
        };
    }

    static String date(OffsetDateTime value, DateTimeFormatter format, ZoneId zone) {
        return value == null ? null : format.format(value.atZoneSameInstant(zone));
    }
}

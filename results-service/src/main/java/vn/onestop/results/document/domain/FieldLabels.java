package vn.onestop.results.document.domain;

import java.util.Map;

/**
 * Vietnamese labels of the result data fields the procedures' deciding steps fill in
 * (processing-service's workflows.json, {@code resultFields}). A field without a label prints
 * under its own name.
 */
final class FieldLabels {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("birthCertificateNumber", "Số giấy khai sinh"),
            Map.entry("childPersonalId", "Số định danh cá nhân của trẻ"),
            Map.entry("childFullName", "Họ, chữ đệm và tên của trẻ"),
            Map.entry("childDateOfBirth", "Ngày, tháng, năm sinh của trẻ"),
            Map.entry("registrationBookNumber", "Số quyển đăng ký"),
            Map.entry("personalId", "Số định danh cá nhân"),
            Map.entry("permanentAddress", "Nơi thường trú"),
            Map.entry("registeredOn", "Ngày đăng ký"),
            Map.entry("healthInsuranceCardNumber", "Mã số thẻ bảo hiểm y tế"),
            Map.entry("validFrom", "Giá trị sử dụng từ ngày"),
            Map.entry("registeredHealthFacility", "Nơi đăng ký khám chữa bệnh ban đầu"),
            Map.entry("deathExtractNumber", "Số trích lục khai tử"),
            Map.entry("deceasedPersonalId", "Số định danh cá nhân của người chết"),
            Map.entry("dateOfDeath", "Ngày chết"),
            Map.entry("deregisteredPersonalId", "Số định danh cá nhân được xóa đăng ký"),
            Map.entry("deregisteredOn", "Ngày xóa đăng ký thường trú"),
            Map.entry("decisionNumber", "Số quyết định"),
            Map.entry("allowanceAmountVnd", "Mức trợ cấp (đồng)"),
            Map.entry("amountVnd", "Số tiền (đồng)"),
            Map.entry("beneficiaryName", "Người hưởng"),
            Map.entry("benefitType", "Loại trợ cấp"),
            Map.entry("enterpriseCode", "Mã số doanh nghiệp"),
            Map.entry("enterpriseName", "Tên doanh nghiệp"),
            Map.entry("socialInsuranceUnitCode", "Mã đơn vị tham gia bảo hiểm xã hội"),
            Map.entry("labourDeclarationReference", "Số hồ sơ khai trình sử dụng lao động"),
            Map.entry("invoiceRegistrationAccepted", "Chấp nhận đăng ký sử dụng hóa đơn"),
            Map.entry("landCertificateNumber", "Số phát hành giấy chứng nhận"),
            Map.entry("landParcelNumber", "Thửa đất số"),
            Map.entry("mapSheetNumber", "Tờ bản đồ số"),
            Map.entry("transfereeName", "Bên nhận chuyển nhượng"),
            Map.entry("taxNoticeNumber", "Số thông báo nộp thuế"),
            Map.entry("paymentReceiptNumber", "Số chứng từ nộp tiền"),
            Map.entry("amountPaidVnd", "Số tiền đã nộp (đồng)"),
            Map.entry("permitNumber", "Số giấy phép"),
            Map.entry("ownerPersonalId", "Số định danh cá nhân của chủ đầu tư"),
            Map.entry("validUntil", "Có giá trị đến"),
            Map.entry("certificationNumber", "Số chứng thực"),
            Map.entry("originalDocumentType", "Loại giấy tờ bản chính"),
            Map.entry("pageCount", "Số trang"));

    private FieldLabels() {
    }

    static String of(String field) {
        return LABELS.getOrDefault(field, field);
    }
}

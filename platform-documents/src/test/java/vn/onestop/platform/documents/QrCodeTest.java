package vn.onestop.platform.documents;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QrCodeTest {

    private static final String SHORT = "http://127.0.0.1:8081/api/v1/dossiers/H22-261126-0001";
    private static final String LONG = "https://ketqua.dichvucong.camau.gov.vn/api/v1/results/verify"
            + "?id=5b0c6f7e-3a41-4c2d-9e8f-1a2b3c4d5e6f"
            + "&sha256=9f2c1b7a4e0d3c6b8a5f1e2d7c4b9a0e3f6d2c8b1a7e4f0d9c3b6a2e5f8d1c47";

    @ParameterizedTest
    @ValueSource(strings = {SHORT, LONG})
    void a_code_decodes_back_to_the_same_link(String url) throws Exception {
        QrCode code = QrCode.encode(url);

        assertThat(code.text()).isEqualTo(url);
        assertThat(decode(code, 4)).isEqualTo(url);
    }

    @Test
    void a_short_link_gets_two_grid_modules_and_a_long_one_shrinks_to_fit() {
        QrCode shortCode = QrCode.encode(SHORT);
        QrCode longCode = QrCode.encode(LONG);

        assertThat(longCode.modules()).isGreaterThan(shortCode.modules());
        assertThat(shortCode.moduleSize(145)).isEqualTo(2 * QrCode.GRID);
        assertThat(shortCode.printedSize(2 * QrCode.GRID)).isLessThanOrEqualTo(145);
        assertThat(longCode.printedSize(2 * QrCode.GRID)).isGreaterThan(170);
        assertThat(longCode.moduleSize(170)).isEqualTo(QrCode.GRID);
        assertThat(longCode.printedSize(QrCode.GRID))
                .isEqualTo((longCode.modules() + 2 * QrCode.QUIET_ZONE) * QrCode.GRID);
    }

    @Test
    void modules_get_two_grid_steps_exactly_while_the_whole_code_fits_the_largest_size() {
        QrCode code = QrCode.encode(SHORT);
        float atTwoSteps = code.printedSize(2 * QrCode.GRID);

        assertThat(code.moduleSize(atTwoSteps + 0.01f)).isEqualTo(2 * QrCode.GRID);
        assertThat(code.moduleSize(atTwoSteps - 1)).isEqualTo(QrCode.GRID);
    }

    @Test
    void text_beyond_the_largest_code_is_refused_with_its_reason() {
        String tooLong = "https://example.vn/" + "x".repeat(5000);

        assertThatThrownBy(() -> QrCode.encode(tooLong))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot encode a QR code of https://example.vn/");
    }

    /** Paints the modules (and the quiet zone) as pixels, as a printer would, and scans them. */
    private static String decode(QrCode code, int pixelsPerModule) throws Exception {
        int side = (code.modules() + 2 * QrCode.QUIET_ZONE) * pixelsPerModule;
        int[] pixels = new int[side * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int column = x / pixelsPerModule - QrCode.QUIET_ZONE;
                int row = y / pixelsPerModule - QrCode.QUIET_ZONE;
                boolean dark = column >= 0 && row >= 0 && column < code.modules() && row < code.modules()
                        && code.isDark(column, row);
                pixels[y * side + x] = dark ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }
}

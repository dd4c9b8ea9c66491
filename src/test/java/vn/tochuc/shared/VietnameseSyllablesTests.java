package vn.tochuc.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The syllable check that ranks the readings of a legacy-encoded word. */
class VietnameseSyllablesTests {

    @Test
    void wellFormedSyllablesPass() {
        for (String word : List.of("Nguyễn", "nghiêng", "người", "rượu", "chuối", "khuỷu", "quyết", "giữ", "gì",
                "yên", "yêu", "hoà", "hòa", "thuỷ", "thủy", "huế", "thuở", "Việt", "Đắk", "Krông", "xoong", "kìa", "mía",
                "của", "quá", "già", "ĐẢNG", "Ánh", "ấp", "Mỵ", "Ỷ")) {
            assertThat(VietnameseSyllables.isSyllable(word)).as(word).isTrue();
        }
    }

    @Test
    void legacyReadingsAndForeignWordsFail() {
        for (String word : List.of("NguyÔn", "V¨n", "Hµ", "Néi", "Nguyeãn", "Vaên", "Haø", "café", "Müller",
                "nghư", "syế", "hoắ", "tiê", "mià", "Bàc", "cinh", "gha", "kan", "tuyỷ", "hàa", "leõ", "ñaûng")) {
            assertThat(VietnameseSyllables.isSyllable(word)).as(word).isFalse();
        }
    }
}

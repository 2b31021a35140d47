package vn.onestop.platform.rest;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class PageTest {

    @Test
    void the_row_past_the_limit_only_says_there_is_more() {
        Page<String> page = Page.ofOneMore(List.of(1, 2, 3, 4), 3, i -> "#" + i, i -> "after-" + i);
        assertThat(page.items()).containsExactly("#1", "#2", "#3");
        assertThat(page.nextCursor()).isEqualTo("after-3");
    }

    @Test
    void a_page_that_is_not_full_or_just_full_is_the_last() {
        assertThat(Page.ofOneMore(List.of(1, 2, 3), 3, Function.identity(), i -> "x"))
                .isEqualTo(new Page<>(List.of(1, 2, 3), null));
        assertThat(Page.ofOneMore(List.of(1), 3, Function.identity(), i -> "x"))
                .isEqualTo(new Page<>(List.of(1), null));
        assertThat(Page.ofOneMore(List.<Integer>of(), 3, Function.identity(), i -> "x"))
                .isEqualTo(new Page<>(List.of(), null));
    }
}

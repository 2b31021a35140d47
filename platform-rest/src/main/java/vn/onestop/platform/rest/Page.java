package vn.onestop.platform.rest;

import java.util.List;
import java.util.function.Function;

/** Every list of the APIs: {@code {"items": [...], "nextCursor": "..." | null}}. */
public record Page<T>(List<T> items, String nextCursor) {

    public static <T> Page<T> last(List<T> items) {
        return new Page<>(items, null);
    }

    /**
     * A keyset page from rows read with one more than {@code limit}: the extra row only says that
     * there is a next page, whose cursor is {@code cursorOf} the page's last row; each row kept is
     * shown as {@code view} of it.
     */
    public static <R, T> Page<T> ofOneMore(List<R> rows, int limit, Function<R, T> view,
                                            Function<R, String> cursorOf) {
        boolean more = rows.size() > limit;
        List<R> page = more ? rows.subList(0, limit) : rows;
        return new Page<>(page.stream().map(view).toList(), more ? cursorOf.apply(page.get(limit - 1)) : null);
    }
}

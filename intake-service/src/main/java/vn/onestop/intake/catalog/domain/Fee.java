package vn.onestop.intake.catalog.domain;

import java.util.List;

/**
 * A fee or charge of a procedure in Vietnamese đồng. {@code channels} lists where this amount
 * applies (e.g. a lower fee online); empty means every channel of the procedure.
 */
public record Fee(String code, String name, String nameEn, long amountVnd, List<String> channels) {

    public Fee {
        channels = List.copyOf(channels);
    }

    public boolean appliesTo(String channel) {
        return channels.isEmpty() || channels.contains(channel);
    }
}

package vn.onestop.intake.centre.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.onestop.intake.centre.domain.CentreAccess;
import vn.onestop.intake.centre.domain.ChannelStatus;
import vn.onestop.intake.dossier.domain.Channel;
import vn.onestop.platform.rest.Actor;
import vn.onestop.platform.rest.Caller;
import vn.onestop.platform.rest.ProblemException;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * Opens and closes intake channels per service centre (as during Covid, when counters stopped and
 * only online intake stayed open) and refuses submissions through a closed one.
 */
@ApplicationScoped
public class ChannelGate {

    private final Clock clock;

    ChannelGate(Clock clock) {
        this.clock = clock;
    }

    public record ChannelState(String channel, boolean open, String reason, OffsetDateTime changedAt) {
    }

    @Transactional
    public List<ChannelState> states(String serviceCentre) {
        return Arrays.stream(Channel.values()).map(channel -> {
            ChannelStatus status = ChannelStatus.findById(new ChannelStatus.Key(serviceCentre, channel.name()));
            return status == null ? new ChannelState(channel.name(), true, null, null)
                    : new ChannelState(channel.name(), status.open, status.reason, status.changedAt);
        }).toList();
    }

    /** Opens or closes a channel, if {@code actor} is the centre's counter staff or an administrator. */
    @Transactional
    public ChannelState set(String serviceCentre, Channel channel, boolean open, String reason, Actor actor) {
        if (!CentreAccess.mayChangeChannels(actor, serviceCentre)) {
            throw Caller.forbidden("counter staff open and close the channels of their own centre ("
                    + actor.agency() + "), administrators those of any centre");
        }
        ChannelStatus status = ChannelStatus.findById(new ChannelStatus.Key(serviceCentre, channel.name()));
        if (status == null) {
            status = new ChannelStatus();
            status.key = new ChannelStatus.Key(serviceCentre, channel.name());
        }
        status.open = open;
        status.reason = reason;
        status.changedAt = OffsetDateTime.now(clock);
        status.persist();
        return new ChannelState(channel.name(), open, reason, status.changedAt);
    }

    /** Refuses a submission through a closed channel with a 409 problem that says why. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireOpen(String serviceCentre, Channel channel) {
        ChannelStatus status = ChannelStatus.findById(new ChannelStatus.Key(serviceCentre, channel.name()));
        if (status != null && !status.open) {
            throw new ProblemException(409, "channel-closed", "Channel closed",
                    "service centre " + serviceCentre + " does not accept " + channel + " dossiers now"
                            + (status.reason == null || status.reason.isBlank() ? "" : ": " + status.reason));
        }
    }
}

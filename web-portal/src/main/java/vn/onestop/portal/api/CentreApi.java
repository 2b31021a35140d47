package vn.onestop.portal.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.OffsetDateTime;
import java.util.List;

/** intake-service's agencies and service centres' channels, as the office pages use them. */
@RegisterRestClient(configKey = "intake")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface CentreApi {

    /** Public: the province's agencies, of one level when given. */
    @GET
    @Path("/agencies")
    Agencies agencies(@QueryParam("level") String level);

    /** Public: which intake channels the centre accepts now. */
    @GET
    @Path("/service-centres/{code}/channels")
    Channels channels(@PathParam("code") String centre);

    /** The centre's own counter staff and administrators; a closed channel refuses new dossiers with the reason. */
    @PUT
    @Path("/service-centres/{code}/channels/{channel}")
    @Consumes(MediaType.APPLICATION_JSON)
    ChannelState change(@HeaderParam("Authorization") String authorization, @PathParam("code") String centre,
                        @PathParam("channel") String channel, ChannelChange change);

    record Agencies(List<Agency> items) {
    }

    record Agency(String code, String name, String nameEn, String type, String level, String unit) {
    }

    record Channels(List<ChannelState> items) {
    }

    record ChannelState(String channel, boolean open, String reason, OffsetDateTime changedAt) {
    }

    record ChannelChange(boolean open, String reason) {
    }
}

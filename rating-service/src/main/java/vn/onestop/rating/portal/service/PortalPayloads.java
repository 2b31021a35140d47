package vn.onestop.rating.portal.service;

import vn.onestop.rating.config.PortalConfig;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import vn.onestop.rating.config.RatingConfig;
import vn.onestop.rating.portal.domain.PortalPayload;
import vn.onestop.rating.projection.domain.DossierFact;
import vn.onestop.rating.reference.service.References;

import java.time.format.DateTimeFormatter;

/** The portal's JSON body of a dossier's state ({@link PortalPayload}). */
@ApplicationScoped
public class PortalPayloads {

    private final ObjectMapper mapper;
    private final References reference;
    private final RatingConfig rating;
    private final DateTimeFormatter format;

    PortalPayloads(ObjectMapper mapper, References reference, RatingConfig rating, PortalConfig portal) {
        this.mapper = mapper;
        this.reference = reference;
        this.rating = rating;
        this.format = DateTimeFormatter.ofPattern(portal.dateFormat());
    }

    public String of(DossierFact fact) {
        try {
            return mapper.writeValueAsString(PortalPayload.of(fact,
                    id -> reference.loaded().flatMap(data -> data.procedure(id)), format, rating.zone()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

package com.atrium.portal.operator.members;

import com.atrium.parking.PlateRegistry;
import com.atrium.parking.PlateView;
import com.atrium.portal.PortalMessages;
import com.atrium.tenant.MallConfiguration;
import com.atrium.wifi.WifiDesk;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The member page's parking and WiFi section ({@code operator/members/perks-section.xhtml}): the
 * plates (masked), the remembered WiFi devices and the visits, read once per request.
 */
@Named
@RequestScoped
public class MemberPerksBacking {

  @EJB PlateRegistry plates;
  @EJB WifiDesk wifi;
  @Inject MallConfiguration mall;

  /** What the section shows of one member. */
  public record Perks(
      List<PlateView> plates, List<WifiDesk.DeviceRow> devices, List<WifiDesk.VisitRow> visits) {}

  private final Map<Long, Perks> read = new HashMap<>();

  public Perks of(Long memberId) {
    if (memberId == null) {
      return new Perks(List.of(), List.of(), List.of());
    }
    return read.computeIfAbsent(
        memberId, id -> new Perks(plates.platesOf(id), wifi.devicesOf(id), wifi.visitsOf(id)));
  }

  public String dateTime(Instant instant) {
    return instant == null ? "" : PortalMessages.dateTime(instant, mall.zone());
  }

  public String date(Instant instant) {
    return instant == null ? "" : instant.atZone(mall.zone()).toLocalDate().toString();
  }
}

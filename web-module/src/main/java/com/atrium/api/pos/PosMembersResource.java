package com.atrium.api.pos;

import com.atrium.ledger.LedgerQueries;
import com.atrium.member.MemberService;
import com.atrium.member.MemberView;
import com.atrium.platform.DomainException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Members as a till sees them: register at the counter, ask a balance. */
@Path("/v1/pos")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class PosMembersResource {

  @EJB MemberService members;
  @EJB LedgerQueries ledger;

  @POST
  @Path("members")
  public Response register(@NotNull @Valid RegistrationBody registration) {
    MemberService.Registered registered = members.registerAtTill(registration.toRegistration());
    return Replays.created(registered.replayed(), MemberBalance.of(registered.member()));
  }

  @POST
  @Path("balance-inquiries")
  public MemberBalance inquire(@NotNull @Valid MemberReference reference) {
    MemberView member =
        reference.cardNumber != null && !reference.cardNumber.isBlank()
            ? members
                .findByCardNumber(reference.cardNumber)
                .orElseThrow(PosMembersResource::unknown)
            : reference.phone != null && !reference.phone.isBlank()
                ? members.findByPhone(reference.phone).orElseThrow(PosMembersResource::unknown)
                : null;
    if (member == null) {
      throw DomainException.invalid(
          "MEMBER_REFERENCE_REQUIRED", "phone", "Give the member's phone or card number");
    }
    return withExpiry(member);
  }

  @GET
  @Path("members/{cardNumber}/balance")
  public MemberBalance balance(@PathParam("cardNumber") String cardNumber) {
    return withExpiry(
        members.findByCardNumber(cardNumber).orElseThrow(PosMembersResource::unknown));
  }

  private MemberBalance withExpiry(MemberView member) {
    return MemberBalance.of(member, ledger.nextExpiryOf(member.id()));
  }

  private static DomainException unknown() {
    return DomainException.notFound("MEMBER_NOT_FOUND", "No such member");
  }
}

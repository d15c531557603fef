package com.atrium.api.pos;

import com.atrium.api.problem.Problem;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Members as a till sees them: register at the counter, ask a balance. */
@Path("/v1/pos")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "POS")
@ApplicationScoped
public class PosMembersResource {

  @EJB MemberService members;
  @EJB LedgerQueries ledger;

  @POST
  @Path("members")
  @Operation(
      summary = "Register a new member at the till (phone unique; terms must be accepted)",
      description =
          "Idempotent: the same till sending the same registration again gets the member back with"
              + " Idempotent-Replayed: true; a known phone with other details is 409 PHONE_TAKEN.")
  @APIResponse(
      responseCode = "201",
      content = @Content(schema = @Schema(implementation = MemberBalance.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid input",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "Phone already registered (PHONE_TAKEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  public Response register(@NotNull @Valid RegistrationBody registration) {
    MemberService.Registered registered = members.registerAtTill(registration.toRegistration());
    return Replays.created(registered.replayed(), MemberBalance.of(registered.member()));
  }

  @POST
  @Path("balance-inquiries")
  @Operation(
      summary = "A member's balance by phone or card number",
      description = "A POST so that phone numbers never appear in URLs; it changes nothing.")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = MemberBalance.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such member",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
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
  @Operation(summary = "A member's balance by card number")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = MemberBalance.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such member",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
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

package com.atrium.parking;

import com.atrium.member.MemberSummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Parking's copy of what a quote needs of a member, kept by {@link ParkingMembers} from the member
 * and partner contexts' events in their transactions; the member context stays the authority.
 */
@Entity
@Table(name = "parking_member")
public class ParkingMember {

  @Id
  @Column(name = "member_id")
  private long memberId;

  @Column(nullable = false)
  private String tier;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "masked_card", nullable = false)
  private String maskedCard;

  // ever granted a right: a quote asks the partner context only then (a right that ended or was
  // revoked leaves it set, which costs a question, never a minute)
  @Column(name = "partner_rights", nullable = false)
  private boolean partnerRights;

  protected ParkingMember() {}

  ParkingMember(MemberSummary member) {
    this.memberId = member.id();
    copy(member);
  }

  void copy(MemberSummary member) {
    this.tier = member.tier();
    this.active = member.isActive();
    this.maskedCard = member.maskedCard();
  }

  void partnerRightGranted() {
    this.partnerRights = true;
  }
}

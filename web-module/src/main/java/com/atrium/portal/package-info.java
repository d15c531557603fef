/**
 * The PrimeFaces portal for mall operators ({@code operator}) and merchant assistants ({@code
 * merchant}): one backing bean per view, named after it, that only translates between the page and
 * the bounded contexts' EJB services. No business rules live here; a refusal arrives as a {@link
 * com.atrium.platform.DomainException} and is shown next to the field it names.
 */
package com.atrium.portal;

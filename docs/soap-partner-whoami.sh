#!/usr/bin/env bash
# Calls WhoAmI on Atrium's partner SOAP endpoint with a WS-Security UsernameToken (PasswordDigest,
# Nonce, Created), using only curl and openssl. Defaults: the demo airline's key on the quick start.
#   docs/soap-partner-whoami.sh                      # partner-demoair at http://localhost:8080
#   ATRIUM_URL=http://host:8080 KEY_ID=... SECRET=... docs/soap-partner-whoami.sh
# Prints the SOAP answer; exits non-zero on a fault (its faultcode names the reason, docs/partners-soap.md).
set -euo pipefail

ATRIUM_URL=${ATRIUM_URL:-http://localhost:8080}
KEY_ID=${KEY_ID:-partner-demoair}
SECRET=${SECRET:-demo-secret-partner-demoair}

nonce_file=$(mktemp)
trap 'rm -f "$nonce_file"' EXIT
openssl rand 16 > "$nonce_file"                       # 16 random bytes, used once
NONCE=$(openssl base64 -A < "$nonce_file")
CREATED=$(date -u +%Y-%m-%dT%H:%M:%SZ)                # within 300 s of the server's clock
# PasswordDigest = Base64(SHA-1(nonce bytes + created + secret))
DIGEST=$( { cat "$nonce_file"; printf '%s%s' "$CREATED" "$SECRET"; } | openssl dgst -sha1 -binary | openssl base64 -A)

curl -sS --fail-with-body "$ATRIUM_URL/soap/partner" \
  -H 'Content-Type: text/xml; charset=UTF-8' \
  -H 'SOAPAction: "urn:atrium:partner:v1:WhoAmI"' \
  --data-binary @- <<XML
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:p="urn:atrium:partner:v1">
  <soap:Header>
    <wsse:Security soap:mustUnderstand="1"
        xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"
        xmlns:wsu="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd">
      <wsse:UsernameToken>
        <wsse:Username>$KEY_ID</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest">$DIGEST</wsse:Password>
        <wsse:Nonce EncodingType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary">$NONCE</wsse:Nonce>
        <wsu:Created>$CREATED</wsu:Created>
      </wsse:UsernameToken>
    </wsse:Security>
  </soap:Header>
  <soap:Body><p:WhoAmI/></soap:Body>
</soap:Envelope>
XML
echo

"""The certificate service's adapters: the gateway's issuance API and the document printer."""

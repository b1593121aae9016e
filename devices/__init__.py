"""Device adapters, codecs and emulators: card readers, printers, LED boards, payment."""

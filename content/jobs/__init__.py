"""Job search over the listings: Qt-free data, normalisation and code lists."""

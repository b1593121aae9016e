"""Certificates: 住民票, 印鑑登録証明書, 課税証明書 and 戸籍 printed with the My Number card."""

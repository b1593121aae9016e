"""The fixed wording of the certificate receipt, in every language the kiosk speaks."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReceiptTexts:
    """Labels of the receipt; ``yen`` and ``copies_value`` are formats taking a number."""

    title: str
    certificate: str
    copies: str
    copies_value: str
    fee: str
    method: str
    cash: str
    ic: str
    change: str
    date: str
    terminal: str
    reference: str
    thanks: str
    yen: str

    def amount(self, yen: int) -> str:
        """``yen`` written with thousands separators in this language's way."""
        return self.yen.format(f"{yen:,}")

    def method_name(self, method: str) -> str:
        """The payment method's name ('cash' or 'ic')."""
        return {"cash": self.cash, "ic": self.ic}.get(method, method)


RECEIPT_TEXTS: dict[str, ReceiptTexts] = {
    "ja": ReceiptTexts(
        title="領収書",
        certificate="証明書",
        copies="通数",
        copies_value="{}通",
        fee="手数料",
        method="お支払い方法",
        cash="現金",
        ic="電子マネー",
        change="おつり",
        date="日時",
        terminal="端末番号",
        reference="受付番号",
        thanks="ご利用ありがとうございました",
        yen="{}円",
    ),
    "ja-easy": ReceiptTexts(
        title="りょうしゅうしょ（おかねを はらった しょうめい）",
        certificate="しょうめいしょ",
        copies="まいすう",
        copies_value="{}まい",
        fee="おかね",
        method="はらいかた",
        cash="げんきん",
        ic="でんしマネー",
        change="おつり",
        date="ひにち",
        terminal="きかいの ばんごう",
        reference="うけつけ ばんごう",
        thanks="ありがとう ございました",
        yen="{}えん",
    ),
    "en": ReceiptTexts(
        title="Receipt",
        certificate="Certificate",
        copies="Copies",
        copies_value="{}",
        fee="Fee",
        method="Paid by",
        cash="Cash",
        ic="IC e-money",
        change="Change",
        date="Date",
        terminal="Terminal",
        reference="Reference",
        thanks="Thank you",
        yen="¥{}",
    ),
    "zh-Hans": ReceiptTexts(
        title="收据",
        certificate="证明书",
        copies="份数",
        copies_value="{}份",
        fee="手续费",
        method="支付方式",
        cash="现金",
        ic="电子货币",
        change="找零",
        date="日期时间",
        terminal="终端编号",
        reference="受理编号",
        thanks="感谢您的使用",
        yen="{}日元",
    ),
    "ko": ReceiptTexts(
        title="영수증",
        certificate="증명서",
        copies="부수",
        copies_value="{}부",
        fee="수수료",
        method="결제 방법",
        cash="현금",
        ic="전자화폐",
        change="거스름돈",
        date="일시",
        terminal="단말기 번호",
        reference="접수 번호",
        thanks="이용해 주셔서 감사합니다",
        yen="{}엔",
    ),
    "pt-BR": ReceiptTexts(
        title="Recibo",
        certificate="Certidão",
        copies="Cópias",
        copies_value="{}",
        fee="Taxa",
        method="Pagamento",
        cash="Dinheiro",
        ic="Dinheiro eletrônico (IC)",
        change="Troco",
        date="Data e hora",
        terminal="Terminal",
        reference="Número de referência",
        thanks="Obrigado pela preferência",
        yen="¥ {}",
    ),
    "vi": ReceiptTexts(
        title="Biên lai",
        certificate="Giấy chứng nhận",
        copies="Số bản",
        copies_value="{}",
        fee="Lệ phí",
        method="Thanh toán",
        cash="Tiền mặt",
        ic="Tiền điện tử (IC)",
        change="Tiền thừa",
        date="Ngày giờ",
        terminal="Mã máy",
        reference="Số tham chiếu",
        thanks="Cảm ơn quý khách",
        yen="{} yên",
    ),
}


def receipt_texts(language: str) -> ReceiptTexts:
    """The receipt's labels in ``language`` (Japanese for a language without its own)."""
    return RECEIPT_TEXTS.get(language, RECEIPT_TEXTS["ja"])

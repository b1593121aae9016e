<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>CertificateScreen</name>
    <message>
        <source>Your card is still in the reader. Please take it now.</source>
        <translation>Seu cartão ainda está no leitor. Retire-o agora.</translation>
    </message>
</context>
<context>
    <name>CheckingPinPage</name>
    <message>
        <source>Checking your PIN</source>
        <translation>Verificando sua senha</translation>
    </message>
    <message>
        <source>Checking your PIN with the card. Please do not take the card out.</source>
        <translation>Verificando a senha com o cartão. Não retire o cartão.</translation>
    </message>
</context>
<context>
    <name>CheckingPrinterPage</name>
    <message>
        <source>Checking the printer</source>
        <translation>Verificando a impressora</translation>
    </message>
    <message>
        <source>Checking that the printer is ready before you pay.</source>
        <translation>Verificando se a impressora está pronta antes do pagamento.</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <source>Choose a certificate</source>
        <translation>Escolha um certificado</translation>
    </message>
    <message>
        <source>Fees are per copy.</source>
        <translation>As taxas são por cópia.</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation>%1 ienes</translation>
    </message>
</context>
<context>
    <name>CopiesPage</name>
    <message>
        <source>How many copies?</source>
        <translation>Quantas cópias?</translation>
    </message>
    <message>
        <source>One copy fewer</source>
        <translation>Uma cópia a menos</translation>
    </message>
    <message>
        <source>One copy more</source>
        <translation>Uma cópia a mais</translation>
    </message>
    <message>
        <source>Fee: %1 yen</source>
        <translation>Taxa: %1 ienes</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avançar</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Thank you</source>
        <translation>Obrigado</translation>
    </message>
    <message>
        <source>Your certificates have been issued.</source>
        <translation>Seus certificados foram emitidos.</translation>
    </message>
    <message>
        <source>Please take your change: %1 yen.</source>
        <translation>Retire seu troco: %1 ienes.</translation>
    </message>
    <message>
        <source>Please take your receipt.</source>
        <translation>Retire seu recibo.</translation>
    </message>
    <message>
        <source>The receipt could not be printed. If you need one, please ask the staff.</source>
        <translation>Não foi possível imprimir o recibo. Se precisar, fale com um funcionário.</translation>
    </message>
    <message>
        <source>Please make sure you have your card, your certificates and your receipt.</source>
        <translation>Verifique se pegou seu cartão, seus certificados e seu recibo.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Encerrar</translation>
    </message>
</context>
<context>
    <name>InsertCardPage</name>
    <message>
        <source>Place your My Number card</source>
        <translation>Insira seu cartão My Number</translation>
    </message>
    <message>
        <source>Put the card into the reader, face up, chip first.</source>
        <translation>Insira o cartão no leitor com a frente para cima e o chip primeiro.</translation>
    </message>
    <message>
        <source>Lay the card face up on the card reader.</source>
        <translation>Coloque o cartão sobre o leitor com a frente para cima.</translation>
    </message>
    <message>
        <source>Put the card into the reader, face down, chip first.</source>
        <translation>Insira o cartão no leitor com a frente para baixo e o chip primeiro.</translation>
    </message>
</context>
<context>
    <name>IssuingPage</name>
    <message>
        <source>Preparing your certificates</source>
        <translation>Preparando seus certificados</translation>
    </message>
    <message>
        <source>The city is preparing your certificates. Please wait.</source>
        <translation>A prefeitura está preparando seus certificados. Aguarde.</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <source>Looking up your certificates</source>
        <translation>Consultando seus certificados</translation>
    </message>
    <message>
        <source>Asking the city which certificates you can get here.</source>
        <translation>Consultando a prefeitura sobre os certificados disponíveis aqui.</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>What should the certificate show?</source>
        <translation>O que o certificado deve mostrar?</translation>
    </message>
    <message>
        <source>Only me</source>
        <translation>Só eu</translation>
    </message>
    <message>
        <source>Everyone in my household</source>
        <translation>Todos do meu domicílio</translation>
    </message>
    <message>
        <source>Your 12-digit My Number is never printed at this kiosk. If you need it on the certificate, please ask at the city office counter.</source>
        <translation>Seu My Number de 12 dígitos nunca é impresso neste terminal. Se precisar dele no certificado, peça no balcão da prefeitura.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <source>Choose only what you need. What you do not choose is not printed.</source>
        <translation>Escolha só o que precisar. O que não for escolhido não é impresso.</translation>
    </message>
    <message>
        <source>Whose entries should it show?</source>
        <translation>De quem devem constar os dados?</translation>
    </message>
    <message>
        <source>Should it show the head of household and your relationship to them?</source>
        <translation>Deve constar o chefe do domicílio e o seu parentesco com ele?</translation>
    </message>
    <message>
        <source>Do not show</source>
        <extracomment>An answer to &quot;Should it show …?&quot; on the certificate&apos;s options.</extracomment>
        <translation>Não mostrar</translation>
    </message>
    <message>
        <source>Show</source>
        <extracomment>An answer to &quot;Should it show …?&quot; on the certificate&apos;s options.</extracomment>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Should it show the registered domicile and the head of the family register?</source>
        <translation>Devem constar o domicílio de registro e o titular do registro de família?</translation>
    </message>
</context>
<context>
    <name>PaymentPage</name>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>Please put coins or notes into the payment unit.</source>
        <translation>Insira moedas ou cédulas na unidade de pagamento.</translation>
    </message>
    <message>
        <source>Please touch your IC card to the reader of the payment unit.</source>
        <translation>Encoste seu cartão IC no leitor da unidade de pagamento.</translation>
    </message>
    <message>
        <source>Choose how to pay. The money is only taken once your certificates are printed.</source>
        <translation>Escolha como pagar. O valor só é cobrado depois que os certificados forem impressos.</translation>
    </message>
    <message>
        <source>Amount due: %1 yen</source>
        <translation>Valor a pagar: %1 ienes</translation>
    </message>
    <message>
        <source>Cancel payment</source>
        <translation>Cancelar pagamento</translation>
    </message>
    <message>
        <source>Notes: %1 yen</source>
        <translation>Cédulas: %1 ienes</translation>
    </message>
    <message>
        <source>Coins: %1 yen</source>
        <translation>Moedas: %1 ienes</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Valor a pagar</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation>%1 ienes</translation>
    </message>
    <message>
        <source>Put in so far</source>
        <translation>Inserido até agora</translation>
    </message>
    <message>
        <source>Still to pay</source>
        <translation>Falta pagar</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Enter your PIN</source>
        <translation>Digite sua senha</translation>
    </message>
    <message>
        <source>The PIN was not correct. Tries left: %1. After that the PIN is locked.</source>
        <translation>A senha está incorreta. Tentativas restantes: %1. Depois disso, a senha é bloqueada.</translation>
    </message>
    <message>
        <source>Enter the 4-digit PIN of your card&apos;s user certificate, then touch Confirm.</source>
        <translation>Digite a senha de 4 dígitos do certificado de usuário do cartão e toque em Confirmar.</translation>
    </message>
    <message>
        <source>Nobody else should see you type the PIN. The numbers you type are never read aloud.</source>
        <translation>Ninguém mais deve ver você digitar a senha. Os números digitados nunca são lidos em voz alta.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
</context>
<context>
    <name>PrintProblemPage</name>
    <message>
        <source>The printer has a problem</source>
        <translation>A impressora tem um problema</translation>
    </message>
    <message>
        <source>Printed so far: %1 of %2. Nothing has been charged yet.</source>
        <translation>Impressos até agora: %1 de %2. Nada foi cobrado ainda.</translation>
    </message>
    <message>
        <source>When the staff have fixed the printer, touch Try again: only what is missing is printed. Or stop, and all your money is returned.</source>
        <translation>Quando a equipe consertar a impressora, toque em Tentar novamente: só o que falta será impresso. Ou pare, e todo o seu dinheiro será devolvido.</translation>
    </message>
    <message>
        <source>Stop and get my money back</source>
        <translation>Parar e receber meu dinheiro de volta</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar novamente</translation>
    </message>
</context>
<context>
    <name>PrintingPage</name>
    <message>
        <source>Printing your certificates</source>
        <translation>Imprimindo seus certificados</translation>
    </message>
    <message>
        <source>Please do not leave the kiosk.</source>
        <translation>Não saia do terminal.</translation>
    </message>
    <message>
        <source>Printing %1 of %2. Please do not leave.</source>
        <translation>Imprimindo %1 de %2. Não saia.</translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <source>The certificate cannot be issued</source>
        <translation>O certificado não pode ser emitido</translation>
    </message>
    <message>
        <source>Read the card again</source>
        <translation>Ler o cartão novamente</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Encerrar</translation>
    </message>
</context>
<context>
    <name>ReadingCardPage</name>
    <message>
        <source>Reading your card</source>
        <translation>Lendo seu cartão</translation>
    </message>
    <message>
        <source>Reading your card. Please do not take it out.</source>
        <translation>Lendo seu cartão. Não o retire.</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>Printing your receipt</source>
        <translation>Imprimindo seu recibo</translation>
    </message>
    <message>
        <source>Printing your receipt. Please wait.</source>
        <translation>Imprimindo seu recibo. Aguarde.</translation>
    </message>
</context>
<context>
    <name>RefundedPage</name>
    <message>
        <source>Your money has been returned</source>
        <translation>Seu dinheiro foi devolvido</translation>
    </message>
    <message>
        <source>Nothing was charged.</source>
        <translation>Nada foi cobrado.</translation>
    </message>
    <message>
        <source>Please take your money: %1 yen.</source>
        <translation>Retire seu dinheiro: %1 ienes.</translation>
    </message>
    <message>
        <source>Read the card again</source>
        <translation>Ler o cartão novamente</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Encerrar</translation>
    </message>
</context>
<context>
    <name>RefundingPage</name>
    <message>
        <source>Returning your money</source>
        <translation>Devolvendo seu dinheiro</translation>
    </message>
    <message>
        <source>Your money is being returned. Please wait.</source>
        <translation>Seu dinheiro está sendo devolvido. Aguarde.</translation>
    </message>
</context>
<context>
    <name>RemoveCardPage</name>
    <message>
        <source>Please take your card</source>
        <translation>Retire seu cartão</translation>
    </message>
    <message>
        <source>Your PIN is correct. Take your card out of the reader to continue.</source>
        <translation>Sua senha está correta. Retire o cartão do leitor para continuar.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Check your order</source>
        <translation>Confira seu pedido</translation>
    </message>
    <message>
        <source>If this is right, touch Pay. You can still go back.</source>
        <translation>Se estiver certo, toque em Pagar. Você ainda pode voltar.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Whose entries</source>
        <translation>De quem</translation>
    </message>
    <message>
        <source>Everyone in my household</source>
        <translation>Todos do meu domicílio</translation>
    </message>
    <message>
        <source>Only me</source>
        <translation>Só eu</translation>
    </message>
    <message>
        <source>Also show</source>
        <translation>Mostrar também</translation>
    </message>
    <message>
        <source>Head of household and relationship</source>
        <translation>Chefe do domicílio e parentesco</translation>
    </message>
    <message>
        <source>Registered domicile and head of family register</source>
        <translation>Domicílio legal e titular do registro familiar</translation>
    </message>
    <message>
        <source>Nothing else</source>
        <translation>Nada mais</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Cópias</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Taxa</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation>%1 ienes</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Pagar</translation>
    </message>
</context>
<context>
    <name>TakeDocumentsPage</name>
    <message>
        <source>Your certificates are still in the tray. Please take them.</source>
        <translation>Seus certificados ainda estão na bandeja. Retire-os.</translation>
    </message>
    <message>
        <source>Take your certificates</source>
        <translation>Retire seus certificados</translation>
    </message>
    <message>
        <source>Take your certificates from the tray below, then touch the button.</source>
        <translation>Retire os certificados da bandeja abaixo e toque no botão.</translation>
    </message>
    <message>
        <source>Please check that every page is there.</source>
        <translation>Confira se todas as páginas estão aí.</translation>
    </message>
    <message>
        <source>I have taken them</source>
        <translation>Já peguei</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <source>Certificates with your My Number card</source>
        <translation>Certificados com seu cartão My Number</translation>
    </message>
    <message>
        <source>Please read this, then touch Agree.</source>
        <translation>Leia e depois toque em Concordo.</translation>
    </message>
    <message>
        <source>You can get certificates such as the certificate of residence here, with your My Number card and its 4-digit PIN.</source>
        <translation>Aqui você pode obter certificados, como o atestado de residência, com seu cartão My Number e a senha de 4 dígitos.</translation>
    </message>
    <message>
        <source>The fee is shown before you pay. You pay only after you have agreed to it, and if the certificates cannot be printed your money is returned.</source>
        <translation>A taxa é mostrada antes do pagamento. Você só paga depois de concordar, e se os certificados não puderem ser impressos, seu dinheiro é devolvido.</translation>
    </message>
    <message>
        <source>The kiosk reads only the card&apos;s electronic certificate for identification. Your 12-digit My Number is never read and never printed.</source>
        <translation>O terminal lê apenas o certificado eletrônico do cartão para identificação. Seu My Number de 12 dígitos nunca é lido nem impresso.</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Concordo</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Who can use it: residents registered in this city, aged 15 or over, whose My Number card holds the electronic certificate for user identification.</source>
        <translation>Quem pode usar: moradores registrados nesta cidade, com 15 anos ou mais, cujo cartão My Number tenha o certificado eletrônico de identificação do usuário.</translation>
    </message>
    <message>
        <source>Fees: the fee of each certificate is shown before you choose it.</source>
        <translation>Taxas: a taxa de cada certificado aparece antes de você escolhê-lo.</translation>
    </message>
    <message>
        <source>Fees: %1 yen per copy.</source>
        <translation>Taxa: %1 ienes por via.</translation>
    </message>
    <message>
        <source>Fees: %1 to %2 yen per copy, depending on the certificate.</source>
        <translation>Taxas: %1 a %2 ienes por via, conforme o certificado.</translation>
    </message>
    <message>
        <source>Hours: open 24 hours a day.</source>
        <translation>Horário: aberto 24 horas por dia.</translation>
    </message>
    <message>
        <source>Hours: every day from %1 to %2.</source>
        <translation>Horário: todos os dias, das %1 às %2.</translation>
    </message>
    <message>
        <source>Closed: %1.</source>
        <translation>Fechado: %1.</translation>
    </message>
    <message>
        <source>If the PIN is entered wrongly %1 times in a row, it is locked and the card can no longer be used here. Only the city office counter can unlock it.</source>
        <translation>Se o PIN for digitado errado %1 vezes seguidas, ele é bloqueado e o cartão não pode mais ser usado aqui. Só o balcão da prefeitura pode desbloqueá-lo.</translation>
    </message>
    <message>
        <source>Do not agree</source>
        <translation>Não concordo</translation>
    </message>
</context>
<context>
    <name>certificates</name>
    <message>
        <source>The card reader is not working right now. Please ask the staff.</source>
        <translation>O leitor de cartões não está funcionando agora. Chame um funcionário.</translation>
    </message>
    <message>
        <source>This card is not registered with the city&apos;s resident records.</source>
        <translation>Este cartão não está vinculado aos registros de residentes da cidade.</translation>
    </message>
    <message>
        <source>The electronic certificate on this card has been revoked.</source>
        <translation>O certificado eletrônico deste cartão foi revogado.</translation>
    </message>
    <message>
        <source>The electronic certificate on this card has expired.</source>
        <translation>O certificado eletrônico deste cartão expirou.</translation>
    </message>
    <message>
        <source>The electronic certificate on this card could not be verified.</source>
        <translation>Não foi possível verificar o certificado eletrônico deste cartão.</translation>
    </message>
    <message>
        <source>This card is not a My Number card. Please take it out and use your My Number card.</source>
        <translation>Este cartão não é um cartão My Number. Retire-o e use seu cartão My Number.</translation>
    </message>
    <message>
        <source>This is an old Basic Resident Register card. It cannot be used here. Please take it out and use your My Number card.</source>
        <translation>Este é um antigo cartão do Registro Básico de Residentes. Ele não pode ser usado aqui. Retire-o e use seu cartão My Number.</translation>
    </message>
    <message>
        <source>The card was taken out too early. Please put it in again.</source>
        <translation>O cartão foi retirado cedo demais. Insira-o novamente.</translation>
    </message>
    <message>
        <source>The PIN was not correct.</source>
        <translation>A senha está incorreta.</translation>
    </message>
    <message>
        <source>The PIN of this card is locked because it was entered wrongly too many times.</source>
        <translation>A senha deste cartão foi bloqueada porque foi digitada errada muitas vezes.</translation>
    </message>
    <message>
        <source>The check of your card is no longer valid. Please read your card again.</source>
        <translation>A verificação do seu cartão não é mais válida. Leia o cartão novamente.</translation>
    </message>
    <message>
        <source>The city&apos;s system cannot be reached right now. Please try again later.</source>
        <translation>O sistema da prefeitura não pode ser acessado agora. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>The payment took too long and was stopped. Any money you put in has been returned.</source>
        <translation>O pagamento demorou demais e foi interrompido. O dinheiro inserido foi devolvido.</translation>
    </message>
    <message>
        <source>The balance of the IC card is not enough. Please choose another way to pay.</source>
        <translation>O saldo do cartão IC não é suficiente. Escolha outra forma de pagamento.</translation>
    </message>
    <message>
        <source>The IC card could not be read. Please try again.</source>
        <translation>Não foi possível ler o cartão IC. Tente novamente.</translation>
    </message>
    <message>
        <source>The kiosk cannot give enough change. Please pay with the exact amount or an IC card.</source>
        <translation>O terminal não tem troco suficiente. Pague o valor exato ou com cartão IC.</translation>
    </message>
    <message>
        <source>This way to pay cannot be used right now. Please choose another.</source>
        <translation>Esta forma de pagamento não pode ser usada agora. Escolha outra.</translation>
    </message>
    <message>
        <source>There was a problem with the payment unit. Please show your receipt to the staff.</source>
        <translation>Houve um problema com a unidade de pagamento. Mostre seu recibo a um funcionário.</translation>
    </message>
    <message>
        <source>Your money could not be returned automatically. Please ask the staff; nothing has been charged.</source>
        <translation>Não foi possível devolver seu dinheiro automaticamente. Fale com um funcionário; nada foi cobrado.</translation>
    </message>
    <message>
        <source>The kiosk had an unexpected problem.</source>
        <translation>O terminal teve um problema inesperado.</translation>
    </message>
    <message>
        <source>The card could not be read. Please take it out and put it in again, face up, chip first.</source>
        <translation>Não foi possível ler o cartão. Retire-o e insira novamente, com a frente para cima e o chip primeiro.</translation>
    </message>
    <message>
        <source>The city&apos;s system cannot issue this certificate here.</source>
        <translation>O sistema da prefeitura não pode emitir este certificado aqui.</translation>
    </message>
    <message>
        <source>The city&apos;s system is not answering correctly right now. Please try again later.</source>
        <translation>O sistema da prefeitura não está respondendo corretamente agora. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>The payment unit is not working right now. Please ask the staff.</source>
        <translation>A unidade de pagamento não está funcionando agora. Fale com um funcionário.</translation>
    </message>
    <message>
        <source>Please ask the staff for help.</source>
        <translation>Peça ajuda a um funcionário.</translation>
    </message>
    <message>
        <source>The electronic certificate can be renewed at the resident services counter at the city office.</source>
        <translation>O certificado eletrônico pode ser renovado no balcão de atendimento ao residente da prefeitura.</translation>
    </message>
    <message>
        <source>Please take your card to the resident services counter at the city office, where the PIN can be reset. Bring an identity document.</source>
        <translation>Leve seu cartão ao balcão de atendimento ao residente da prefeitura, onde a senha pode ser redefinida. Leve um documento de identidade.</translation>
    </message>
    <message>
        <source>You can try again in a few minutes, or get the certificate at the city office counter.</source>
        <translation>Tente novamente em alguns minutos ou obtenha o certificado no balcão da prefeitura.</translation>
    </message>
    <message>
        <source>Please ask at the resident services counter at the city office.</source>
        <translation>Informe-se no balcão de atendimento ao residente da prefeitura.</translation>
    </message>
    <message>
        <source>No seal is registered.</source>
        <translation>Não há carimbo registrado.</translation>
    </message>
    <message>
        <source>Your family register is kept by another city.</source>
        <translation>Seu registro familiar está em outra cidade.</translation>
    </message>
    <message>
        <source>No family register is kept in this city.</source>
        <translation>Não há registro familiar nesta cidade.</translation>
    </message>
    <message>
        <source>No tax record is available.</source>
        <translation>Não há registro de impostos.</translation>
    </message>
    <message>
        <source>Only for residents aged 15 or over.</source>
        <translation>Somente para residentes com 15 anos ou mais.</translation>
    </message>
    <message>
        <source>Please ask at the city office counter.</source>
        <translation>Informe-se no balcão da prefeitura.</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Dinheiro</translation>
    </message>
    <message>
        <source>IC card (e-money)</source>
        <translation>Cartão IC (dinheiro eletrônico)</translation>
    </message>
    <message>
        <source>Certificates</source>
        <extracomment>Title of the home screen&apos;s tile for certificate issuance.</extracomment>
        <translation>Certificados</translation>
    </message>
    <message>
        <source>Certificate of residence, seal registration, tax and family register certificates, with your My Number card.</source>
        <extracomment>Description on the home screen&apos;s tile for certificate issuance.</extracomment>
        <translation>Atestado de residência, registro de carimbo, certificados de impostos e de registro familiar, com seu cartão My Number.</translation>
    </message>
</context>
<context>
    <name>certificates_receipt</name>
    <message>
        <source>Receipt</source>
        <extracomment>The receipt&apos;s heading (領収書).</extracomment>
        <translation>Recibo</translation>
    </message>
    <message>
        <source>Certificate</source>
        <extracomment>Label before the certificate&apos;s name.</extracomment>
        <translation>Certidão</translation>
    </message>
    <message>
        <source>Copies</source>
        <extracomment>Label of the number of copies.</extracomment>
        <translation>Cópias</translation>
    </message>
    <message>
        <source>%1 copies</source>
        <extracomment>The number of copies, %1 being the number (3通).</extracomment>
        <translation>%1</translation>
    </message>
    <message>
        <source>Fee</source>
        <extracomment>Label of the fee paid.</extracomment>
        <translation>Taxa</translation>
    </message>
    <message>
        <source>Paid by</source>
        <extracomment>Label of the way the fee was paid.</extracomment>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>Cash</source>
        <extracomment>Paid in cash.</extracomment>
        <translation>Dinheiro</translation>
    </message>
    <message>
        <source>IC e-money</source>
        <extracomment>Paid with an IC e-money card.</extracomment>
        <translation>Dinheiro eletrônico (IC)</translation>
    </message>
    <message>
        <source>Amount tendered</source>
        <extracomment>Label of the money the resident put in (お預り), printed above the change.</extracomment>
        <translation>Valor recebido</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>Label of the change given.</extracomment>
        <translation>Troco</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Label of the date and time of issue.</extracomment>
        <translation>Data e hora</translation>
    </message>
    <message>
        <source>Terminal</source>
        <extracomment>Label of the terminal&apos;s id.</extracomment>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Reference</source>
        <extracomment>Label of the issuance&apos;s reference number.</extracomment>
        <translation>Número de referência</translation>
    </message>
    <message>
        <source>Thank you</source>
        <extracomment>The closing line of the receipt.</extracomment>
        <translation>Obrigado pela preferência</translation>
    </message>
    <message>
        <source>¥%1</source>
        <extracomment>An amount of money, %1 being the amount with its digits grouped (450円, ¥450).</extracomment>
        <translation>¥ %1</translation>
    </message>
</context>
</TS>

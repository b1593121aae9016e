<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AlertTakeover</name>
    <message>
        <source>All disaster information</source>
        <translation>Todas as informações sobre desastres</translation>
    </message>
    <message>
        <source>Back to what I was doing</source>
        <translation>Voltar ao que eu estava fazendo</translation>
    </message>
</context>
<context>
    <name>ChoicePanel</name>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Welcome</source>
        <translation>Boas-vindas</translation>
    </message>
    <message>
        <source>Choose a service.</source>
        <translation>Escolha um serviço.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
    <message>
        <source>How to use this kiosk</source>
        <translation>Como usar este terminal</translation>
    </message>
    <message>
        <source>Ask a person</source>
        <translation>Falar com uma pessoa</translation>
    </message>
    <message>
        <source>Where to find staff and the city&apos;s contact</source>
        <translation>Onde encontrar um atendente e o contato da prefeitura</translation>
    </message>
    <message>
        <source>Touch the service you want to use. Each screen says what to do next.</source>
        <translation>Toque no serviço que deseja usar. Cada tela diz o que fazer em seguida.</translation>
    </message>
    <message>
        <source>Language changes the language of every screen. Accessibility makes the text larger, raises the contrast, moves every button to the lower part of the screen, or reads the screen aloud.</source>
        <translation>Idioma muda o idioma de todas as telas. Acessibilidade aumenta o texto, aumenta o contraste, leva todos os botões para a parte de baixo da tela ou lê a tela em voz alta.</translation>
    </message>
    <message>
        <source>Back goes one step back. Finish ends your visit and clears everything you entered.</source>
        <translation>Voltar volta uma etapa. Encerrar termina o seu uso e apaga tudo o que você informou.</translation>
    </message>
    <message>
        <source>If nobody touches the screen for a while, the kiosk asks whether you need more time, then clears everything.</source>
        <translation>Se ninguém tocar na tela por algum tempo, o terminal pergunta se você precisa de mais tempo e depois apaga tudo.</translation>
    </message>
    <message>
        <source>Staff at this facility can help you. Please ask at the counter.</source>
        <translation>Os atendentes deste local podem ajudar. Pergunte no balcão de atendimento.</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefone: %1</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Do you need more time?</source>
        <translation>Precisa de mais tempo?</translation>
    </message>
    <message>
        <source>This screen will reset in %1 seconds.</source>
        <translation>Esta tela será reiniciada em %1 segundos.</translation>
    </message>
    <message>
        <source>Yes, I need more time</source>
        <translation>Sim, preciso de mais tempo</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Encerrar</translation>
    </message>
</context>
<context>
    <name>KToggle</name>
    <message>
        <source>On</source>
        <translation>Ligado</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desligado</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <source>Terminal %1 · %2</source>
        <translation>Terminal %1 · %2</translation>
    </message>
</context>
<context>
    <name>ScreenFrame</name>
    <message>
        <source>Offline: the city&apos;s information shown is as of %1.</source>
        <translation>Sem conexão: as informações exibidas são de %1.</translation>
    </message>
    <message>
        <source>Offline: the city&apos;s information cannot be reached right now.</source>
        <translation>Sem conexão: não é possível obter as informações da prefeitura agora.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma / Language</translation>
    </message>
    <message>
        <source>Choose the language of the screens</source>
        <translation>Escolha o idioma das telas</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Acessibilidade</translation>
    </message>
    <message>
        <source>Large text, high contrast, low reach and speech</source>
        <translation>Texto grande, alto contraste, alcance baixo e voz</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Encerrar</translation>
    </message>
    <message>
        <source>End and clear everything you entered</source>
        <translation>Encerrar e apagar tudo o que você informou</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Texto grande</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Low reach</source>
        <translation>Alcance baixo</translation>
    </message>
    <message>
        <source>All buttons in the lower part of the screen</source>
        <translation>Todos os botões na parte de baixo da tela</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Reads the screen aloud</source>
        <translation>Lê a tela em voz alta</translation>
    </message>
</context>
<context>
    <name>keypad</name>
    <message>
        <source>Entered</source>
        <translation>Digitado</translation>
    </message>
    <message>
        <source>Speech is on. Use the arrow keys to move between the buttons, Enter to press one, Back to go back, and Help to hear this screen again. The plus and minus keys change the volume.</source>
        <translation>A fala está ligada. Use as setas para passar de um botão a outro, Enter para apertar, Voltar para voltar e Ajuda para ouvir esta tela de novo. As teclas mais e menos mudam o volume.</translation>
    </message>
    <message>
        <source>Volume %1 of %2</source>
        <translation>Volume %1 de %2</translation>
    </message>
    <message>
        <source>There is nothing to press on this screen.</source>
        <translation>Não há nada para apertar nesta tela.</translation>
    </message>
    <message>
        <source>The headphone jack is at the %1 of the front panel. Plug in headphones to hear the screens read aloud; unplug them to stop.</source>
        <translation>A entrada de fone de ouvido fica %1 na frente do terminal. Conecte o fone para ouvir a tela em voz alta; desconecte para parar.</translation>
    </message>
    <message>
        <source>top left</source>
        <translation>no alto, à esquerda</translation>
    </message>
    <message>
        <source>top centre</source>
        <translation>no alto, ao centro</translation>
    </message>
    <message>
        <source>top right</source>
        <translation>no alto, à direita</translation>
    </message>
    <message>
        <source>middle left</source>
        <translation>no meio, à esquerda</translation>
    </message>
    <message>
        <source>middle right</source>
        <translation>no meio, à direita</translation>
    </message>
    <message>
        <source>bottom left</source>
        <translation>embaixo, à esquerda</translation>
    </message>
    <message>
        <source>bottom centre</source>
        <translation>embaixo, ao centro</translation>
    </message>
    <message>
        <source>bottom right</source>
        <translation>embaixo, à direita</translation>
    </message>
</context>
<context>
    <name>shell</name>
    <message>
        <source>The printer is out of paper. Please ask the staff.</source>
        <translation>A impressora está sem papel. Chame um funcionário.</translation>
    </message>
    <message>
        <source>The printer cover is open. Please ask the staff.</source>
        <translation>A tampa da impressora está aberta. Chame um funcionário.</translation>
    </message>
    <message>
        <source>This kiosk has no card reader.</source>
        <translation>Este terminal não tem leitor de cartão.</translation>
    </message>
    <message>
        <source>This kiosk has no receipt printer.</source>
        <translation>Este terminal não tem impressora de recibos.</translation>
    </message>
    <message>
        <source>This kiosk has no document printer.</source>
        <translation>Este terminal não tem impressora de documentos.</translation>
    </message>
    <message>
        <source>This kiosk cannot take payments.</source>
        <translation>Este terminal não aceita pagamentos.</translation>
    </message>
    <message>
        <source>This kiosk has no LED board.</source>
        <translation>Este terminal não tem painel de LED.</translation>
    </message>
    <message>
        <source>Checking the equipment. Please wait a moment.</source>
        <translation>Verificando o equipamento. Aguarde um momento.</translation>
    </message>
    <message>
        <source>Closed now.</source>
        <extracomment>A service&apos;s tile outside its opening hours; the opening time follows.</extracomment>
        <translation>Fechado agora.</translation>
    </message>
    <message>
        <source>The printer is not working right now. Please ask the staff.</source>
        <translation>A impressora não está funcionando agora. Chame um funcionário.</translation>
    </message>
    <message>
        <source>The city&apos;s information is being downloaded. Please wait a moment.</source>
        <translation>As informações da prefeitura estão sendo baixadas. Aguarde um momento.</translation>
    </message>
    <message>
        <source>The card reader is not working right now. Please ask the staff.</source>
        <translation>O leitor de cartões não está funcionando agora. Chame um funcionário.</translation>
    </message>
    <message>
        <source>Not available right now.</source>
        <translation>Indisponível no momento.</translation>
    </message>
    <message>
        <source>The city&apos;s information could not be loaded.</source>
        <translation>Não foi possível carregar as informações da prefeitura.</translation>
    </message>
    <message>
        <source>The kiosk software stopped because of an error.</source>
        <translation>O software do terminal parou por causa de um erro.</translation>
    </message>
    <message>
        <source>This kiosk is closed for maintenance.</source>
        <translation>Este terminal está fechado para manutenção.</translation>
    </message>
    <message>
        <source>A technical problem stopped the kiosk.</source>
        <translation>Um problema técnico parou o terminal.</translation>
    </message>
    <message>
        <source>For the staff: the city system&apos;s certificate has expired.</source>
        <translation>Para a equipe: o certificado do sistema da prefeitura expirou.</translation>
    </message>
    <message>
        <source>For the staff: the city system&apos;s certificate is not valid yet. Check this kiosk&apos;s clock.</source>
        <translation>Para a equipe: o certificado do sistema da prefeitura ainda não é válido. Verifique o relógio deste terminal.</translation>
    </message>
    <message>
        <source>For the staff: the city system&apos;s certificate is not from the city&apos;s certificate authority.</source>
        <translation>Para a equipe: o certificado do sistema da prefeitura não foi emitido pela autoridade certificadora da prefeitura.</translation>
    </message>
    <message>
        <source>For the staff: the city system&apos;s certificate is for another server name.</source>
        <translation>Para a equipe: o certificado do sistema da prefeitura é de outro nome de servidor.</translation>
    </message>
    <message>
        <source>For the staff: the city system asks for this kiosk&apos;s certificate; none is set.</source>
        <translation>Para a equipe: o sistema da prefeitura pede o certificado deste terminal, mas nenhum está configurado.</translation>
    </message>
    <message>
        <source>For the staff: the city system refuses this kiosk&apos;s certificate.</source>
        <translation>Para a equipe: o sistema da prefeitura recusa o certificado deste terminal.</translation>
    </message>
    <message>
        <source>For the staff: this kiosk&apos;s certificate belongs to another terminal.</source>
        <translation>Para a equipe: o certificado deste terminal pertence a outro terminal.</translation>
    </message>
    <message>
        <source>For the staff: the city system does not accept this kiosk&apos;s token.</source>
        <translation>Para a equipe: o sistema da prefeitura não aceita o token deste terminal.</translation>
    </message>
    <message>
        <source>For the staff: a secure connection to the city system could not be made.</source>
        <translation>Para a equipe: não foi possível estabelecer uma conexão segura com o sistema da prefeitura.</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <extracomment>The attract loop&apos;s invitation, shown in every language at once, each in its own.</extracomment>
        <translation>Toque na tela para começar</translation>
    </message>
    <message>
        <source>Out of service</source>
        <extracomment>The out-of-service screen, shown in every language in turn.</extracomment>
        <translation>Fora de serviço</translation>
    </message>
    <message>
        <source>Sorry, this kiosk cannot be used right now. Please ask at the counter.</source>
        <translation>Desculpe, este terminal não pode ser usado agora. Pergunte no balcão de atendimento.</translation>
    </message>
    <message>
        <source>For help, please contact:</source>
        <extracomment>Before the city&apos;s contact (who to ask, where, its phone) on the out-of-service screen.</extracomment>
        <translation>Para ajuda, entre em contato com:</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <extracomment>%1 is the city&apos;s phone number.</extracomment>
        <translation>Telefone: %1</translation>
    </message>
    <message>
        <source>Opens at %1 on %2.</source>
        <extracomment>When a closed service opens again: %1 is the time (6:30), %2 the date.</extracomment>
        <translation>Abre às %1 em %2.</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Atualizado em %1</translation>
    </message>
    <message>
        <source>Other alerts in force: %1.</source>
        <extracomment>%1 is a number (1 or more) of other disaster alerts in force besides the one shown.</extracomment>
        <translation>Outros alertas em vigor: %1.</translation>
    </message>
    <message>
        <source>Touch here for what to do.</source>
        <translation>Toque aqui para saber o que fazer.</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Beside a shelter the city has opened during this alert.</extracomment>
        <translation>Aberto</translation>
    </message>
    <message>
        <source>Nearest shelters, open ones first</source>
        <translation>Abrigos mais próximos, os abertos primeiro</translation>
    </message>
    <message>
        <source>No shelter has been opened yet. Nearest designated evacuation sites</source>
        <translation>Nenhum abrigo foi aberto ainda. Locais de evacuação designados mais próximos</translation>
    </message>
    <message>
        <source>No evacuation site for this hazard is listed near here. Please ask the staff.</source>
        <translation>Não há local de evacuação para este perigo aqui perto. Pergunte aos funcionários.</translation>
    </message>
    <message>
        <source>The list of shelters is not on this kiosk yet. Please ask the staff.</source>
        <translation>A lista de abrigos ainda não está neste terminal. Pergunte aos funcionários.</translation>
    </message>
</context>
</TS>

#!/usr/bin/env python3
"""Assemble FT-90 as a Joomla 5.2 site renders an article with the Cassiopeia
template (nl-NL language pack): introtext + ' ' + fulltext (the
<hr id="system-readmore"> separator is not output in the article view),
{loadposition richtlijn-midden,card} replaced by the rendered modules
(plg_content_loadmodule strips the wrapping <p>), and the template chrome
(topbar, brand, navbar menu, search, breadcrumbs, article info block,
prev/next pagenavigation, right sidebar modules, footer, back-to-top).
The article body (src/article.html) is hand-written TinyMCE 6 output."""
import os, re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'ft90-helmgraskoorts.html')

TITLE = 'Fictieve Standaard Helmgraskoorts (FT-90)'
ALIAS = 'fictieve-standaard-helmgraskoorts-ft-90'
SITE = 'Huisartsenkring Duinstreek'
V = '5f1e2a'  # media version hash

raw = open(os.path.join(HERE, 'article.html'), encoding='utf-8').read()
intro, full = raw.split('<hr id="system-readmore">\n', 1)
text = intro + ' ' + full

# --- modules in position richtlijn-midden, style "card" -------------------
midden = '''<div class="richtlijn-midden card ">
            <h3 class="card-header ">Nascholing</h3>        <div class="card-body">
                <div id="mod-custom131" class="mod-custom custom">
    <p><strong>Nascholing mijtoverdraagbare infecties</strong> – donderdag 16 april 2026, 19.30-21.30 uur, Wijkcentrum De Zeereep. Helmgraskoorts, erythema migrans en duinjeuk aan de hand van casuïstiek. Accreditatie aangevraagd (2 punten). Aanmelden via het secretariaat van de kring.</p></div>
    </div>
</div>
<div class="richtlijn-midden card ">
            <h3 class="card-header ">Zie ook</h3>        <div class="card-body">
                <ul class="mod-articlescategory category-module mod-list">
                    <li>
                                    <a href="/richtlijnen/infectieziekten/werkafspraak-tekenbeet" class="mod-articles-category-title ">Werkafspraak tekenbeet en erythema migrans</a>
                                                                                                                    </li>
                    <li>
                                    <a href="/richtlijnen/infectieziekten/triage-koorts-bij-kinderen" class="mod-articles-category-title ">Triage koorts bij kinderen (huisartsenpost)</a>
                                                                                                                    </li>
                    <li>
                                    <a href="/richtlijnen/infectieziekten/folder-duinbezoek" class="mod-articles-category-title ">Patiëntenfolder: veilig de duinen in</a>
                                                                                                                    </li>
            </ul>
    </div>
</div>
'''
text = re.sub(r'<p>\{loadposition richtlijn-midden,card\}</p>', lambda m: midden, text)
assert '{loadposition' not in text

# --- page ------------------------------------------------------------------
page = '''<!DOCTYPE html>
<html lang="nl-nl" dir="ltr">

<head>
    <meta charset="utf-8">
	<meta name="author" content="Redactie richtlijnen">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name="description" content="Richtlijnen voor diagnostiek en behandeling van helmgraskoorts in de huisartsenpraktijk (fictieve testrichtlijn).">
	<meta name="generator" content="Joomla! - Open Source Content Management">
	<title>@TITLE@ - @SITE@</title>
	<link href="/media/templates/site/cassiopeia/images/joomla-favicon.svg" rel="icon" type="image/svg+xml">
	<link href="/media/templates/site/cassiopeia/images/favicon.ico" rel="alternate icon" type="image/vnd.microsoft.icon">
	<link href="/media/templates/site/cassiopeia/images/joomla-favicon-pinned.svg" rel="mask-icon" color="#000">
	<link href="https://www.hkduinstreek.example/component/finder/search?format=opensearch&amp;Itemid=101" rel="search" title="OpenSearch @SITE@" type="application/opensearchdescription+xml">

    <link href="/media/system/css/joomla-fontawesome.min.css?@V@" rel="lazy-stylesheet"><noscript><link href="/media/system/css/joomla-fontawesome.min.css?@V@" rel="stylesheet"></noscript>
	<link href="/media/templates/site/cassiopeia/css/template.min.css?@V@" rel="stylesheet">
	<link href="/media/templates/site/cassiopeia/css/global/colors_standard.min.css?@V@" rel="stylesheet">
	<link href="/media/vendor/awesomplete/css/awesomplete.css?1.1.7" rel="stylesheet">
	<link href="/media/templates/site/cassiopeia/css/vendor/joomla-custom-elements/joomla-alert.min.css?0.4.1" rel="stylesheet">
	<style>:root {
		--hue: 214;
		--template-bg-light: #f0f4fb;
		--template-text-dark: #495057;
		--template-text-light: #ffffff;
		--template-link-color: var(--link-color);
		--template-special-color: #001B4C;
		
	}</style>

    <script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"MOD_FINDER_SEARCH_VALUE":"Zoeken &hellip;","COM_FINDER_SEARCH_FORM_LIST_LABEL":"Zoekresultaten","JLIB_JS_AJAX_ERROR_OTHER":"Er is een fout opgetreden bij het ophalen van de JSON-gegevens: HTTP %s statuscode.","JLIB_JS_AJAX_ERROR_PARSE":"Er is een parse-fout opgetreden bij het verwerken van de volgende JSON-gegevens:<br><code style='color:inherit;white-space:pre-padding;padding:0;margin:0;border:0;background:inherit;'>%s<\\/code>","ERROR":"Fout","MESSAGE":"Bericht","NOTICE":"Attentie","WARNING":"Waarschuwing","JCLOSE":"Sluiten","JOK":"Ok","JOPEN":"Open"},"finder-search":{"url":"\\/component\\/finder\\/?task=suggestions.suggest&format=json&tmpl=component&Itemid=101"},"system.paths":{"root":"","rootFull":"https:\\/\\/www.hkduinstreek.example\\/","base":"","baseFull":"https:\\/\\/www.hkduinstreek.example\\/"},"csrf.token":"8c3e0f5b9d27a41e6f0b2c9d8e7a6b51"}</script>
	<script src="/media/system/js/core.min.js?a3d8f8"></script>
	<script src="/media/templates/site/cassiopeia/js/template.min.js?@V@" type="module"></script>
	<script src="/media/vendor/bootstrap/js/collapse.min.js?5.3.3" type="module"></script>
	<script src="/media/vendor/awesomplete/js/awesomplete.min.js?1.1.7" defer></script>
	<script src="/media/com_finder/js/finder.min.js?755761" type="module"></script>
	<script src="/media/mod_menu/js/menu.min.js?@V@" type="module"></script>
	<script src="/media/system/js/messages.min.js?9a4811" type="module"></script>
	<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Organization","@id":"https://www.hkduinstreek.example/#/schema/Organization/base","name":"@SITE@","url":"https://www.hkduinstreek.example/"},{"@type":"WebSite","@id":"https://www.hkduinstreek.example/#/schema/WebSite/base","url":"https://www.hkduinstreek.example/","name":"@SITE@","publisher":{"@id":"https://www.hkduinstreek.example/#/schema/Organization/base"}},{"@type":"WebPage","@id":"https://www.hkduinstreek.example/#/schema/WebPage/base","url":"https://www.hkduinstreek.example/richtlijnen/infectieziekten/@ALIAS@","name":"@TITLE@ - @SITE@","description":"Richtlijnen voor diagnostiek en behandeling van helmgraskoorts in de huisartsenpraktijk (fictieve testrichtlijn).","isPartOf":{"@id":"https://www.hkduinstreek.example/#/schema/WebSite/base"},"about":{"@id":"https://www.hkduinstreek.example/#/schema/Organization/base"},"inLanguage":"nl-NL","breadcrumb":{"@id":"https://www.hkduinstreek.example/#/schema/BreadcrumbList/17"}},{"@type":"Article","@id":"https://www.hkduinstreek.example/#/schema/com_content/article/58","name":"@TITLE@","headline":"@TITLE@","inLanguage":"nl-NL","author":{"@type":"Person","name":"Redactie richtlijnen"},"articleSection":"Infectieziekten","dateCreated":"2026-02-24T14:02:11+00:00","datePublished":"2026-03-02T08:00:00+00:00","interactionStatistic":{"@type":"InteractionCounter","userInteractionCount":1287},"isPartOf":{"@id":"https://www.hkduinstreek.example/#/schema/WebPage/base"}},{"@type":"BreadcrumbList","@id":"https://www.hkduinstreek.example/#/schema/BreadcrumbList/17","itemListElement":[{"@type":"ListItem","position":1,"item":{"@id":"https://www.hkduinstreek.example/","name":"Home"}},{"@type":"ListItem","position":2,"item":{"@id":"https://www.hkduinstreek.example/richtlijnen","name":"Richtlijnen"}},{"@type":"ListItem","position":3,"item":{"@id":"https://www.hkduinstreek.example/richtlijnen/infectieziekten","name":"Infectieziekten"}},{"@type":"ListItem","position":4,"item":{"name":"@TITLE@"}}]}]}</script>

</head>

<body class="site com_content wrapper-static view-article no-layout no-task itemid-112 has-sidebar-right">
    <header class="header container-header full-width">

                    <div class="container-topbar">
                <div id="mod-custom116" class="mod-custom custom">
    <p>Alleen voor zorgverleners. Waarneming in het weekend: Huisartsenpost Kust, telefoon 0900-1234567.</p></div>

            </div>
        
        
                    <div class="grid-child">
                <div class="navbar-brand">
                    <a class="brand-logo" href="/">
                        <span title="@SITE@">@SITE@</span>                    </a>
                                            <div class="site-description">Regionale werkafspraken en praktijkrichtlijnen</div>
                                    </div>
            </div>
        
                    <div class="grid-child container-nav">
                                    
<nav class="navbar navbar-expand-lg" aria-label="Hoofdmenu">
    <button class="navbar-toggler navbar-toggler-right" type="button" data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1" aria-expanded="false" aria-label="Navigatie wisselen">
        <span class="icon-menu" aria-hidden="true"></span>
    </button>
    <div class="collapse navbar-collapse" id="navbar1">
        <ul class="mod-menu mod-list nav ">
<li class="nav-item item-101 default"><a href="/" >Home</a></li><li class="nav-item item-108 active deeper parent"><a href="/richtlijnen" >Richtlijnen</a><ul class="mod-menu__sub list-unstyled small"><li class="nav-item item-112 current active"><a href="/richtlijnen/infectieziekten" aria-current="location">Infectieziekten</a></li><li class="nav-item item-113"><a href="/richtlijnen/hart-en-vaten" >Hart en vaten</a></li><li class="nav-item item-114"><a href="/richtlijnen/huid" >Huid</a></li></ul></li><li class="nav-item item-109"><a href="/werkafspraken" >Werkafspraken</a></li><li class="nav-item item-110"><a href="/nascholing" >Nascholing</a></li><li class="nav-item item-111"><a href="/contact" >Contact</a></li></ul>
    </div>
</nav>

                                                    <div class="container-search">
                        
<form class="mod-finder js-finder-searchform form-search" action="/component/finder/search?Itemid=101" method="get" role="search">
    <label for="mod-finder-searchword117" class="visually-hidden finder">Zoeken</label><input type="text" name="q" id="mod-finder-searchword117" class="js-finder-search-query form-control" value="" placeholder="Zoeken &hellip;">
            <input type="hidden" name="Itemid" value="101"></form>

                    </div>
                            </div>
            </header>

    <div class="site-grid">

        
        
        
        
        <div class="grid-child container-component">
            <nav class="mod-breadcrumbs__wrapper" aria-label="Kruimelpad">
    <ol class="mod-breadcrumbs breadcrumb px-3 py-2">
                    <li class="mod-breadcrumbs__here float-start">
                U bevindt zich hier: &#160;
            </li>
        
        <li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway"><span>Home</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/richtlijnen" class="pathway"><span>Richtlijnen</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/richtlijnen/infectieziekten" class="pathway"><span>Infectieziekten</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item active"><span>@TITLE@</span></li>    </ol>
    </nav>

            
            <div id="system-message-container" aria-live="polite"></div>

            <main>
            <div class="com-content-article item-page">
    <meta itemprop="inLanguage" content="nl-NL">
    
    
        <div class="page-header">
        <h1>
            @TITLE@        </h1>
                            </div>
        
        
    
    
        
                                                <dl class="article-info text-muted">

            <dt class="article-info-term">
                        Details                    </dt>

                    <dd class="createdby">
    <span class="icon-user icon-fw" aria-hidden="true"></span>
                    Geschreven door: <span>Redactie richtlijnen</span>    </dd>
        
        
                    <dd class="category-name">
    <span class="icon-folder-open icon-fw" aria-hidden="true"></span>                        Categorie: <a href="/richtlijnen/infectieziekten">Infectieziekten</a>    </dd>
        
        
                    <dd class="published">
    <span class="icon-calendar icon-fw" aria-hidden="true"></span>
    <time datetime="2026-03-02T09:00:00+01:00">
        Gepubliceerd: 02 maart 2026    </time>
</dd>
        
    
            
        
                    <dd class="hits">
    <span class="icon-eye icon-fw" aria-hidden="true"></span>
    Hits: 1287</dd>
            </dl>
    
    
        
                                                <div class="com-content-article__body">
        @TEXT@    </div>

    
                                        <dl class="article-info text-muted">

            
                            <dd class="modified">
    <span class="icon-calendar icon-fw" aria-hidden="true"></span>
    <time datetime="2026-03-04T15:27:40+01:00">
        Laatst bijgewerkt: 04 maart 2026    </time>
</dd>
                    
                    </dl>
                                            
<nav class="pagenavigation" aria-label="Paginanavigatie">
    <span class="pagination ms-0">
                <a class="btn btn-sm btn-secondary previous" href="/richtlijnen/infectieziekten/werkafspraak-tekenbeet" rel="prev">
            <span class="visually-hidden">
                Vorig artikel: Werkafspraak tekenbeet en erythema migrans            </span>
            <span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Vorige</span>            </a>
                    <a class="btn btn-sm btn-secondary next" href="/richtlijnen/infectieziekten/triage-koorts-bij-kinderen" rel="next">
            <span class="visually-hidden">
                Volgend artikel: Triage koorts bij kinderen (huisartsenpost)            </span>
            <span aria-hidden="true">Volgende</span> <span class="icon-chevron-right" aria-hidden="true"></span>            </a>
        </span>
</nav>
                                                </div>

            </main>
            
        </div>

        
                <div class="grid-child container-sidebar-right">
            <div class="sidebar-right card ">
            <h3 class="card-header ">Uitgelicht</h3>        <div class="card-body">
                <ul class="mod-articlesnews newsflash">
            <li itemscope itemtype="https://schema.org/Article">
            
<h4 class="newsflash-title">
            <a href="/werkafspraken/inr-controle-bij-antibiotica">
            Werkafspraak INR-controle bij antibiotica        </a>
    </h4>



<p>Met de trombosedienst is afgesproken dat de huisarts bij patiënten die een vitamine K-antagonist gebruiken de INR binnen 5 dagen na de start van een antibioticum laat controleren. Geef de startdatum en het middel door via het trombosedienstportaal.</p>


    <a class="readmore" href="/werkafspraken/inr-controle-bij-antibiotica">
                <span class="icon-chevron-right" aria-hidden="true"></span> Lees meer &hellip;            </a>
            </li>
    </ul>
    </div>
</div>
<div class="sidebar-right card ">
            <h3 class="card-header ">Laatste richtlijnen</h3>        <div class="card-body">
                <ul class="mod-articleslatest latestnews mod-list">
    <li itemscope itemtype="https://schema.org/Article">
        <a href="/richtlijnen/infectieziekten/@ALIAS@" itemprop="url">
            <span itemprop="name">
                @TITLE@            </span>
        </a>
    </li>
    <li itemscope itemtype="https://schema.org/Article">
        <a href="/richtlijnen/infectieziekten/triage-koorts-bij-kinderen" itemprop="url">
            <span itemprop="name">
                Triage koorts bij kinderen (huisartsenpost)            </span>
        </a>
    </li>
    <li itemscope itemtype="https://schema.org/Article">
        <a href="/richtlijnen/huid/duinjeuk-en-zwemmerseczeem" itemprop="url">
            <span itemprop="name">
                Duinjeuk en zwemmerseczeem            </span>
        </a>
    </li>
    <li itemscope itemtype="https://schema.org/Article">
        <a href="/richtlijnen/hart-en-vaten/av-blok-in-de-praktijk" itemprop="url">
            <span itemprop="name">
                AV-blok in de praktijk: wanneer verwijzen?            </span>
        </a>
    </li>
</ul>
    </div>
</div>
<div class="sidebar-right card ">
            <h3 class="card-header ">Dienstapotheek</h3>        <div class="card-body">
                <div id="mod-custom124" class="mod-custom custom">
    <p>Dienstapotheek Kust, Zeeweg 12<br>Dagelijks 17.00-08.00 uur en in het weekend<br>Telefoon 023-7654321</p></div>
    </div>
</div>
<div class="sidebar-right card ">
            <h3 class="card-header ">Inloggen</h3>        <div class="card-body">
                <form id="login-form-125" class="mod-login" action="/richtlijnen/infectieziekten/@ALIAS@" method="post">

    
    <div class="mod-login__userdata userdata">
        <div class="mod-login__username form-group">
                            <div class="input-group">
                    <input id="modlgn-username-125" type="text" name="username" class="form-control" autocomplete="username" placeholder="Gebruikersnaam">
                    <label for="modlgn-username-125" class="visually-hidden">Gebruikersnaam</label>
                    <span class="input-group-text" title="Gebruikersnaam">
                        <span class="icon-user icon-fw" aria-hidden="true"></span>
                    </span>
                </div>
                    </div>

        <div class="mod-login__password form-group">
                            <div class="input-group">
                    <input id="modlgn-passwd-125" type="password" name="password" autocomplete="current-password" class="form-control" placeholder="Wachtwoord">
                    <label for="modlgn-passwd-125" class="visually-hidden">Wachtwoord</label>
                    <button type="button" class="btn btn-secondary input-password-toggle">
                        <span class="icon-eye icon-fw" aria-hidden="true"></span>
                        <span class="visually-hidden">Wachtwoord tonen</span>
                    </button>
                </div>
                    </div>

                    <div class="mod-login__remember form-group">
                <div id="form-login-remember-125" class="form-check">
                    <input type="checkbox" name="remember" class="form-check-input" value="yes" id="form-login-input-remember-125">
                    <label class="form-check-label" for="form-login-input-remember-125">
                        Onthoud mij                    </label>
                </div>
            </div>
        
        
        <div class="mod-login__submit form-group">
            <button type="submit" name="Submit" class="btn btn-primary w-100">Inloggen</button>
        </div>

                    <ul class="mod-login__options list-unstyled">
                <li>
                    <a href="/component/users/reset?Itemid=101">
                    Wachtwoord vergeten?</a>
                </li>
                <li>
                    <a href="/component/users/remind?Itemid=101">
                    Gebruikersnaam vergeten?</a>
                </li>
                            </ul>
        <input type="hidden" name="option" value="com_users">
        <input type="hidden" name="task" value="user.login">
        <input type="hidden" name="return" value="aHR0cHM6Ly93d3cuaGtkdWluc3RyZWVrLmV4YW1wbGUvcmljaHRsaWpuZW4vaW5mZWN0aWV6aWVrdGVu">
        <input type="hidden" name="8c3e0f5b9d27a41e6f0b2c9d8e7a6b51" value="1">    </div>
    </form>
    </div>
</div>

        </div>
        
        
            </div>

            <footer class="container-footer footer full-width">
            <div class="grid-child">
                <div id="mod-custom119" class="mod-custom custom">
    <p>© 2026 Huisartsenkring Duinstreek · Kerkplein 3, 2042 AB Zandvoort · <a href="/contact">Contact</a> · <a href="/privacy">Privacyverklaring</a> · <a href="/disclaimer">Disclaimer</a></p>
<p>De informatie op deze website is bestemd voor zorgverleners en vervangt niet het oordeel van de behandelaar.</p></div>

            </div>
        </footer>
    
            <a href="#top" id="back-top" class="back-to-top-link" aria-label="Terug naar boven">
            <span class="icon-arrow-up icon-fw" aria-hidden="true"></span>
        </a>
    
    
</body>

</html>
'''
for k, v in (('@TITLE@', TITLE), ('@SITE@', SITE), ('@ALIAS@', ALIAS), ('@V@', V)):
    page = page.replace(k, v)
page = page.replace('@TEXT@', text)
with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
    f.write(page)
print(OUT, len(page))

import { type Agreements, api, can, type MeetingDeck } from '@driehoek/shared';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { call, href } from '../../api/client';
import { AppLink } from '../router/app-link';
import { paths } from '../router/staff-route';
import { useStaff } from '../shell/staff-context';
import { useLoad } from '../shell/use-load';
import { LoadState } from '../ui/load-state';
import { PageHeading } from '../ui/page-heading';
import { AgreementsPanel } from './agreements-panel';
import { slideKeyAction } from './slide-keys';
import { SlideView } from './slide-view';
import './meetings.css';

type Loaded = { meeting: MeetingDeck; agreements: Agreements | null };

/** Whether the element is the one shown full screen; browsers without the API never are. */
const isFullscreen = (el: Element | null) => el !== null && document.fullscreenElement === el;

function Presentation({ roundId, meeting, agreements: initial }: { roundId: string } & Loaded) {
  const { me } = useStaff();
  const { deck, pictures, pdfAvailable } = meeting;
  const total = deck.slides.length;
  const [index, setIndex] = useState(0);
  const [notes, setNotes] = useState(false);
  const [fullscreen, setFullscreen] = useState(false);
  const [agreements, setAgreements] = useState(initial);
  const stage = useRef<HTMLDivElement>(null);
  const shown = useRef<HTMLElement>(null);
  const slide = deck.slides[index];

  // Keys work anywhere on the page but in a form field, so the presenter never has to click the slide first. A
  // layout effect: the listener is there as soon as the slide is, not a frame later (a key pressed at once counts).
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = slideKeyAction(event, index, total);
      if (!action) return;
      event.preventDefault();
      if ('go' in action) setIndex(action.go);
      else setNotes((n) => !n);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [index, total]);

  useEffect(() => {
    const onChange = () => {
      const on = isFullscreen(stage.current);
      setFullscreen(on);
      // The slide takes focus, so the presenter's first space pages on instead of pressing the button again.
      if (on) shown.current?.focus();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  const toggleFullscreen = useCallback(async () => {
    try {
      if (isFullscreen(stage.current)) await document.exitFullscreen();
      else await stage.current?.requestFullscreen();
    } catch {
      // Refused (an iframe, a browser setting): the slides still show in the page.
    }
  }, []);

  const criteria = deck.slides
    .flatMap((s) => s.blocks)
    .flatMap((b) => (b.type === 'triangle' ? b.rows.map((r) => ({ criterion: r.criterion, name: r.name })) : []));

  return (
    <>
      <div className="meeting-toolbar" role="toolbar" aria-label="Presentatie">
        <button type="button" className="button" aria-pressed={notes} onClick={() => setNotes((n) => !n)}>
          Notities (N)
        </button>
        <a className="button" href={href(api.meetings.pptx, { params: { roundId } })} download>
          PowerPoint downloaden
        </a>
        {pdfAvailable && (
          <a className="button" href={href(api.meetings.pdf, { params: { roundId } })} download>
            PDF downloaden
          </a>
        )}
      </div>
      <p className="hint muted">
        Bladeren met → en ← (of PageDown en PageUp, spatie), Home en End; N toont de notities voor de presentator.
      </p>
      <div ref={stage} className={`meeting-stage${fullscreen ? ' meeting-stage--fullscreen' : ''}`}>
        {slide && (
          <section
            ref={shown}
            tabIndex={-1}
            className={`slide slide--${slide.key}`}
            aria-roledescription="dia"
            aria-label={`Dia ${index + 1} van ${total}`}
          >
            <SlideView slide={slide} triangleSvg={pictures.triangle} />
          </section>
        )}
        <div className="meeting-nav">
          <button
            type="button"
            className="button"
            onClick={() => setIndex((i) => Math.max(0, i - 1))}
            disabled={index === 0}
          >
            ← Vorige
          </button>
          <span className="meeting-counter">
            Dia {index + 1} van {total}
          </span>
          <button type="button" className="button button--primary" onClick={toggleFullscreen}>
            {fullscreen ? 'Volledig scherm sluiten' : 'Volledig scherm'}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => setIndex((i) => Math.min(total - 1, i + 1))}
            disabled={index === total - 1}
          >
            Volgende →
          </button>
        </div>
        {notes && slide && (
          <aside className="meeting-notes" aria-label="Notities voor de presentator">
            <h3>Notities</h3>
            <ul>
              {slide.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          </aside>
        )}
        <p className="visually-hidden" aria-live="polite" aria-atomic="true">
          {slide ? `Dia ${index + 1} van ${total}: ${slide.title}` : ''}
        </p>
      </div>
      <AgreementsPanel
        roundId={roundId}
        criteria={criteria}
        agreements={agreements}
        canRecord={can(me.role, 'meeting.record')}
        onSaved={setAgreements}
      />
    </>
  );
}

/**
 * The feedback meeting of a round: the published report's slides full screen in the browser, with keyboard
 * navigation and presenter notes, downloads as PowerPoint and PDF, and the agreements recorded after the meeting.
 */
export default function PresentationPage({ roundId }: { roundId: string }) {
  const loaded = useLoad(async (): Promise<Loaded> => {
    const [meeting, agreements] = await Promise.all([
      call(api.meetings.deck, { params: { roundId } }),
      call(api.meetings.agreements, { params: { roundId } }),
    ]);
    return { meeting, agreements: agreements.agreements };
  }, [roundId]);
  return (
    <>
      <p className="breadcrumb">
        <AppLink to={paths.rounds()}>Rondes</AppLink> › <AppLink to={paths.round(roundId, 'rapport')}>Rapport</AppLink>
      </p>
      <PageHeading title={`Terugkoppeling${loaded.data ? ` — ${loaded.data.meeting.deck.location}` : ''}`}>
        Terugkoppeling aan het team
        {loaded.data && <span className="heading-sub">{loaded.data.meeting.deck.location}</span>}
      </PageHeading>
      <LoadState loaded={loaded}>{(data) => <Presentation roundId={roundId} {...data} />}</LoadState>
    </>
  );
}

import assert from 'node:assert/strict';
import { FolderListing } from '../../../server/src/workspace/model';

describe('FolderListing: files created and deleted after the walk', () => {
  it('lists a created file in its listed folder, and the new folders on its way', () => {
    const listing = new FolderListing();
    listing.record('/work', ['compose.yaml']);
    listing.add('/work/api/src/Dockerfile');
    assert.equal(listing.exists('/work/api'), true);
    assert.equal(listing.exists('/work/api/src'), true);
    assert.equal(listing.exists('/work/api/src/Dockerfile'), true);
    assert.equal(listing.exists('/work/api/src/other'), false, 'a new folder holds what was created in it');
  });

  it('learns nothing of a file outside every listed folder', () => {
    const listing = new FolderListing();
    listing.record('/work', []);
    listing.add('/elsewhere/app/Dockerfile');
    assert.equal(listing.exists('/elsewhere/app'), undefined);
    assert.equal(listing.exists('/elsewhere/app/Dockerfile'), undefined);
  });

  it('forgets a deleted folder and everything under it', () => {
    const listing = new FolderListing();
    listing.record('/work', ['api']);
    listing.record('/work/api', ['Dockerfile']);
    listing.remove('/work/api');
    assert.equal(listing.exists('/work/api'), false);
    assert.equal(listing.exists('/work/api/Dockerfile'), undefined);
  });
});

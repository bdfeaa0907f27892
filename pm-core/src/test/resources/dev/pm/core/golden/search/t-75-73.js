pmSearch.shard("75-73",{"usual":[1,9]});
